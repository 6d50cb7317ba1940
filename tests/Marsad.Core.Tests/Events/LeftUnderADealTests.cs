using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بدأ مسلحو الحركة الخروج من البلدة بموجب اتفاق إجلاء": an armed group going out of its ground under a deal hands it
/// over — a non-violent transfer, the group its actor 2 — while going out with no deal ("خرج المتظاهرون") is no transfer.
/// </summary>
public class LeftUnderADealTests
{
    [GazetteerFact]
    public void Going_out_under_an_evacuation_deal_hands_the_town_over()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "بدأ مسلحو حركة أحرار الشام الخروج من بلدة حرستا في الغوطة الشرقية، الخميس، بموجب اتفاق إجلاء يسلم البلدة إلى الحكومة. وقصف الجيش السوري مواقع المعارضة في مدينة دوما الخميس.", "2018-03-24");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Non-violent transfer of territory");
        Assert.Equal("Ahrar al-Sham", e.Actor2?.PlainName);
        Assert.Equal("Ḩarastā", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void Going_out_to_protest_is_no_transfer()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("خرج آلاف المتظاهرين إلى شوارع مدينة إربد اليوم احتجاجا على اتفاق الغاز مع إسرائيل.", "2018-04-10");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Non-violent transfer of territory");
    }
}
