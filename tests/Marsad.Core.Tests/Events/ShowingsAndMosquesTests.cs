using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تظاهرة ثقافية", "شكلت تظاهرة فكرية": a cultural, sporting or festive "تظاهرة" is a showing, no protest — so is
/// the one "التظاهرة" of a sentence about a festival; and "تفجير مسجد قوات الطوارئ": a force's mosque blown up is a
/// bombing of its men, not property wrecked.
/// </summary>
public class ShowingsAndMosquesTests
{
    [GazetteerFact]
    public void A_cultural_showing_is_no_protest()
    {
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("افتتح أمير المنطقة تظاهرة ثقافية كبرى في مدينة بريدة أمس.", "2015-08-05").Events,
            e => e.EventType == "Protests");
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("شارك المئات في تظاهرة احتجاجية في مدينة بريدة أمس.", "2015-08-05").Events,
            e => e.EventType == "Protests");
    }

    // ("أهم خصائص التظاهرة" in a sentence about a festival: the festival itself, with no adjective to tell it)
    [GazetteerFact]
    public void The_showing_a_festival_sentence_names_is_no_protest()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ويعد حضور السياسيين في المهرجان من أهم خصائص التظاهرة التي تقام في مدينة أصيلة منذ أمس، بمشاركة مئات الفنانين.", "2015-07-31").Events);
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وشارك الآلاف في التظاهرة التي دعت إليها المعارضة في مدينة الرباط أمس احتجاجا على غلاء الأسعار.", "2015-07-31").Events, e => e.EventType == "Protests");
    }

    [GazetteerFact]
    public void A_forces_mosque_blown_up_is_a_bombing()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تفجير مسجد قوات الطوارئ في أبها محاولة بائسة لاستهداف خط الدفاع الأول للوطن.", "2015-08-07").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
    }
}
