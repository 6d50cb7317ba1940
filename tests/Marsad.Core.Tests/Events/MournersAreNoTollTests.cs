namespace Marsad.Core.Tests.Events;

/// <summary>
/// "شيع آلاف الفلسطينيين السبت مسعفة قتلت برصاص الجيش": the crowd a funeral verb opens with is no toll; the one person
/// in the singular right before the verb of killing is (1, not 1,000). The dead a funeral's verbal noun names are the
/// toll still: "تشييع العنصرين الأمنيين اللذين قتلا" is two.
/// </summary>
public class MournersAreNoTollTests
{
    [Fact]
    public void Mourners_before_a_singular_victim_are_no_toll()
    {
        var doc = TestPipeline.Extract("شيع آلاف السوريين أمس مسعفة قتلت برصاص القوات الروسية في مدينة حلب خلال احتجاجات.", "2018-06-03");
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e => Assert.Equal(1, e.Fatalities));
    }
}
