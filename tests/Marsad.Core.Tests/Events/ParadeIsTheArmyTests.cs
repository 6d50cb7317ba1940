namespace Marsad.Core.Tests.Events;

/// <summary>"أطلق مسلحون النار على استعراض عسكري بمدينة الأهواز": a military parade, column or patrol attacked is the country's army — a clash, not an attack on civilians.</summary>
public class ParadeIsTheArmyTests
{
    [Fact]
    public void Gunmen_firing_on_a_military_parade_fought_the_army()
    {
        var doc = TestPipeline.Extract("أطلق مسلحون النار أمس على استعراض عسكري في مدينة حلب، ما أسفر عن مقتل 29 شخصا.", "2018-09-22");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Military Forces of Syria", e.Actor2?.PlainName);
    }
}
