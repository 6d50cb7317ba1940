using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What a protest demands ("للمطالبة بمعاقبة رجل يتهمونه بقتل عقيد", "للدعوة لإنزال العقاب") is its grievance: the
/// killing named there is no death at the protest, which stays peaceful.
/// </summary>
public class DemandOfAProtestTests
{
    [Theory]
    [InlineData("بدأ ألف شخص اعتصاما في مدينة حلب أمس للمطالبة بمعاقبة رجل يتهمونه بقتل عقيد في الجيش.")]
    [InlineData("بدأ ألف شخص اعتصاما في مدينة حلب أمس للدعوة لإنزال العقاب برجل يتهمونه بقتل عقيد في الجيش.")]
    public void A_killing_the_protest_demands_punished_is_no_death_there(string text)
    {
        var doc = TestPipeline.Extract(text, "2015-08-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Null(e.Fatalities);
    }
}
