using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصره" (his palace) is written as the West Bank village Qusra once ة and ه are one letter: a meeting "في قصره" is no
/// protest in Qusra.
/// </summary>
public class HisPalaceTests
{
    [GazetteerFact]
    public void A_meeting_in_his_palace_is_not_in_Qusra() =>
        Assert.DoesNotContain("قصره", TestPipeline.ExtractWithRealGazetteer(
            "ويطالب محتجون بإقالة الملقي خلال سلسلة من الاحتجاجات على زيادات ضريبية. وذكرت المصادر أن الملك عبد الله استدعى الملقي إلى لقاء في قصره الاثنين.",
            "2018-06-04").Events.Select(e => e.Location?.Surface));
}
