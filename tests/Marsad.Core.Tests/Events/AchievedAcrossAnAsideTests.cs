using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "نجحت القوات، وبإسناد من طيران التحالف، في طرد الحوثيين": an aside between commas does not part a verb of
/// achievement from what it achieved; the provinces an unknown village lies between say where it is; after
/// "أشار إلى" comes what is told, not who told it.
/// </summary>
public class AchievedAcrossAnAsideTests
{
    [GazetteerFact]
    public void Expulsion_achieved_across_an_aside_is_ground_regained()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("نجحت قوات الجيش، وبإسناد من طيران التحالف، في طرد الحوثيين من مديرية حيس.", "2018-05-11");
        Assert.Contains(doc.Events, e => e.SubEventType == "Government regains territory" && e.Location?.Place?.Name == "Ḩays");
    }

    [GazetteerFact]
    public void Provinces_a_village_lies_between_are_no_scene_of_their_own()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("تمكنت قوات الجيش اليمني من تحرير قرية الكدحة الجبلية، بين محافظتي مأرب والجوف.", "2018-05-11");
        Assert.Single(doc.Events, e => e.SubEventType == "Government regains territory");
    }

    [GazetteerFact]
    public void What_follows_pointed_to_is_no_source()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قال قائد اللواء إن قوات الجيش هاجمت مواقع الحوثيين في مديرية حيس. وأشار إلى مشاركة مقاتلات التحالف في قصف مواقع الحوثيين في مديرية التحيتا.", "2018-05-11");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.DoesNotContain("مشاركة", strike.Claim?.Source ?? "");
    }

    [GazetteerFact]
    public void Routing_the_enemy_after_a_liberation_is_the_same_taking()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "تقدمت القوات الإماراتية العاملة ضمن التحالف العربي في مديرية حيس. ونجحت المقاومة اليمنية، بإسناد من القوات الإماراتية، في تحرير مديرية حيس ودحر ميليشيا الحوثي.", "2018-05-12");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Non-state actor overtakes territory");
    }
}

