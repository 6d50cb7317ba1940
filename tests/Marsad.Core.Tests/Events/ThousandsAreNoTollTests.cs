namespace Marsad.Core.Tests.Events;

/// <summary>"قتل التحالف الآلاف من أطفال سورية", "مسؤولة عن مقتل الآلاف": thousands with no figure sum up years of acts, no one act's toll.</summary>
public class ThousandsAreNoTollTests
{
    [Fact]
    public void Thousands_with_no_figure_are_no_toll()
    {
        var doc = TestPipeline.Extract("وقصفت الطائرات الروسية أمس مدينة حلب، وهي الطائرات التي قتلت الآلاف من المدنيين.", "2018-08-18");
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e => Assert.NotEqual(1000, e.Fatalities));
    }
}
