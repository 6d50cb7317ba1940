using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A game report's defenders, forwards and matches are no guns, attack or clash: "مدد عقد المدافع البرازيلي" is a
/// defender's contract, "ثلاث مواجهات ودية" three friendly matches, "بفارق المواجهات المباشرة" the head-to-head results of
/// a report of minutes and scores. Someone killed where a game was shown is still killed.
/// </summary>
public class GameReportTests
{
    [GazetteerFact]
    public void A_defender_of_the_league_is_no_artillery() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "أعلن نادي الهلال اليوم أنه مدد عقد المدافع البرازيلي كارلوس موسمين، بعد أن قدم أداء مميزا في الدوري الموسم الماضي في الرياض.", "2015-08-10").Events);

    [GazetteerFact]
    public void Friendly_matches_are_no_clashes() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "خاض الفريق الأول لكرة القدم بنادي الفتح ثلاث مواجهات ودية خلال معسكره في مدينة تونس.", "2015-08-09").Events);

    // (a report counted by its minutes and its scores: "في الدقيقة 87", "بثلاثية نظيفة", "دوري أبطال أوروبا")
    [GazetteerFact]
    public void Head_to_head_results_in_a_round_up_of_goals_are_no_clash() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "اكتسح أتليتيكو مدريد ضيفه مالمو بخماسية نظيفة، وافتتح كوكي التسجيل في الدقيقة 48، فيما خسر بطل إيطاليا يوفنتوس أمام أولمبياكوس " +
            "اليوناني بهدف في الدقيقة 35، ليرتقي أولمبياكوس إلى المركز الأول بفارق المواجهات المباشرة مع أتليتيكو مدريد.", "2015-07-24").Events);

    [GazetteerFact]
    public void People_killed_while_a_match_was_shown_were_attacked() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "قتل ثلاثة أشخاص في هجوم مسلح على مقهى في مدينة بعقوبة أثناء عرض مباراة لكرة القدم.", "2018-04-13").Events,
            e => e.SubEventType == "Attack" && e.Location?.Place?.Name == "Baqubah");
}
