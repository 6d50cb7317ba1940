using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في شوارع تعز، ثالث أكبر مدينة في اليمن بعد صنعاء وعدن": the towns a place is ranked after describe it — they are no
/// scenes of the act; a list of towns the act names stays a list.
/// </summary>
public class TownsRankedAfterTests
{
    [GazetteerFact]
    public void Towns_a_place_is_ranked_after_are_no_scenes()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اندلعت اشتباكات عنيفة في تعز، ثالث أكبر مدينة في اليمن بعد صنعاء وعدن، بين قوات المقاومة وميليشيات الحوثيين.", "2015-07-20").Events);
        Assert.Equal("Taiz", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void Towns_struck_one_after_another_are_each_a_scene() =>
        Assert.Equal(2, TestPipeline.ExtractWithRealGazetteer("شنت مقاتلات التحالف غارات على صنعاء وبعد ذلك على عدن.", "2015-07-20").Events.Count);
}
