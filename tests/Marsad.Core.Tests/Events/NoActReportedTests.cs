using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Sentences that tell no act: the shelling a district "had" ("التي كان فيها قصف شنيع") is its past told as a state; the
/// strikes a truce halts ("هدنة … تتوقف خلالها الغارات") are none carried out. And one that does: hours counted since the
/// start of a storming ("خلال ساعات منذ بدء اقتحام المعسكر") time this story's act, not the war's background.
/// </summary>
public class NoActReportedTests
{
    [GazetteerFact]
    public void Shelling_a_district_had_is_its_past_state() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ناقشنا آلية عودة النازحين من داخل المديريات المهدمة من قبل قوات الحوثي وصالح، كمديرية كريتر والتواهي وخورمكسر والمعلا التي كان فيها قصف شنيع وبالتالي المنازل تهدمت.", "2015-08-04").Events);

    [GazetteerFact]
    public void Strikes_a_truce_halts_are_none_carried_out() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وكان التحالف العربي اعلن السبت هدنة انسانية لمدة خمسة ايام في اليمن ابتداء من منتصف ليل الاحد، تتوقف خلالها الغارات التي يشنها على الحوثيين في تعز.", "2015-07-26").Events,
            e => e.SubEventType == "Air/drone strike");

    [GazetteerFact]
    public void Hours_since_the_start_of_a_storming_time_this_act() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "سيطرت المقاومة على معسكر لبوزة في محافظة لحج خلال ساعات منذ بدء اقتحام المعسكر، بالتزامن مع غارات لمقاتلات التحالف العربي.", "2015-08-06").Events,
            e => e.SubEventType == "Air/drone strike");

    [GazetteerFact]
    public void The_dead_since_the_war_began_are_background() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وقتل آلاف الأشخاص منذ بدء الحرب في اليمن.", "2015-08-06").Events);
}
