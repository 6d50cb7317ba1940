using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سيطرت على قاعدتين عسكريتين كانتا تحت سيطرة جيش الإسلام": with a territory change, the side a place was under —
/// and the one it is described as — lost it; it took nothing.
/// </summary>
public class FormerHolderTests
{
    [GazetteerFact]
    public void The_side_a_place_was_under_took_nothing() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "كما سيطرت على قاعدتين عسكريتين سابقتين جنوب بلدة الشيفونية كانتا تحت سيطرة \"جيش الإسلام\" أكبر الفصائل المعارضة في المنطقة.", "2018-03-03").Events,
            e => e.SubEventType == "Non-state actor overtakes territory");

    [GazetteerFact]
    public void The_side_a_place_was_under_lost_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وسيطرت قوات النظام السوري على قاعدتين عسكريتين جنوب بلدة الشيفونية كانتا تحت سيطرة جيش الإسلام.", "2018-03-03").Events);
        Assert.Equal("Jaysh al-Islam", e.Actor2?.Name);
    }
}
