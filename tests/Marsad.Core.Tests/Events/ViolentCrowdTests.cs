namespace Marsad.Core.Tests.Events;

/// <summary>
/// Force used on a crowd the article tells was itself violent — stones, firebombs, burning kites, confrontations — is a
/// violent demonstration (the crowd's rioters against the force); with no violence of the crowd told, it stays excessive
/// force against protesters.
/// </summary>
public class ViolentCrowdTests
{
    private const string Shot = "وقتل الجمعة 4 متظاهرين برصاص الشرطة السورية، التي قمعت احتجاجات خرجت في مدينة حلب.";

    [Theory]
    [InlineData(" وتتهم الحكومة المحتجين برشق الحجارة على عناصر الأمن.")]
    [InlineData(" ويقول الجيش إن المحتجين يطلقون طائرات ورقية حارقة.")]
    [InlineData(" وتقول الشرطة إن المتظاهرين استخدموا زجاجات المولوتوف.")]
    public void Force_on_a_crowd_told_violent_is_a_violent_demonstration(string violence)
    {
        var e = Assert.Single(TestPipeline.Extract(Shot + violence, "2018-03-10").Events, x => x.Fatalities == 4);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.StartsWith("Rioters (Syria)", e.Actor1!.Name);
        Assert.StartsWith("Police Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void Force_on_a_crowd_told_peaceful_stays_excessive_force() =>
        Assert.Equal("Excessive force against protesters",
            Assert.Single(TestPipeline.Extract(Shot + " وطالب المحتجون بالإفراج عن المعتقلين.", "2018-03-10").Events).SubEventType);
}
