using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مهد الحركة الاحتجاجية التي اندلعت في البلاد", "حركة ماسيه ألينجاد الاحتجاجية": a protest movement is a movement, no one
/// day's protest; "وقفة احتجاجية", "مسيرات احتجاجية" are gatherings, and still events.
/// </summary>
public class ProtestMovementTests
{
    [GazetteerFact]
    public void A_protest_movement_is_no_protest()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "بدأت عملية الإجلاء الأحد من مدينة درعا، مهد الحركة الاحتجاجية في البلاد.", "2018-07-15").Events;
        Assert.DoesNotContain(events, e => e.EventType == "Protests");
    }

    [GazetteerFact]
    public void A_protest_vigil_is_a_protest()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "نظم عشرات النواب، الثلاثاء، وقفة احتجاجية أمام مقر البرلمان في الجزائر العاصمة.", "2018-10-16").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
    }
}
