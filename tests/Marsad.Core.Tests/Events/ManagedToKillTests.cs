using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A state's force that killed armed men fought them (ACLED's armed clash): told with their count before them
/// ("وقتل الجيش 14 من عناصر داعش") or as a killing it managed ("وتمكن الجيش من قتل 14 من عناصر داعش", "قيادة العمليات
/// تمكنت من قتل").
/// </summary>
public class ManagedToKillTests
{
    [GazetteerTheory]
    [InlineData("وقتل الجيش العراقي 14 من عناصر داعش في منطقة الكرمة.")]
    [InlineData("وتمكن الجيش العراقي من قتل 14 من عناصر داعش في منطقة الكرمة.")]
    [InlineData("وبينت الخلية أن قيادة عمليات بغداد تمكنت من قتل 14 من عناصر داعش في منطقة الكرمة.")]
    public void The_army_fought_the_men_it_killed(string text)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-26").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Military Forces of Iraq", e.Actor1?.Name);
        Assert.Equal("Islamic State", e.Actor2?.Name);
        Assert.Equal(14, e.Fatalities);
    }
}
