using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A poem's likeness ("كأغنيةٍ فجّرت نفسها") is no suicide bombing; "يتم" ("كأول مديرية يتم تحريرها", the first district
/// to be freed) is a verb, no village.
/// </summary>
public class LikenessAndDoneTests
{
    [GazetteerFact]
    public void A_likeness_that_blew_itself_up_is_a_figure() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("كأغنيةٍ فجّرت نفسها دون أن يفهم الكون معنى الغناء في مدينة سعيدة", "2015-08-01").Events);

    [GazetteerFact]
    public void Yutam_is_no_village() =>
        Assert.DoesNotContain("يتم", TestPipeline.ExtractWithRealGazetteer(
            "تمكنت المقاومة أمس من تحرير مديرية عتمة في محافظة ذمار بشكل كامل، وذلك كأول مديرية يتم تحريرها في هذه المحافظة.", "2015-08-11")
            .Events.Select(e => e.Location?.Surface));
}
