using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// People burned ("بإحراق عائلة", "حرق رضيع") by a named armed or identity group — settlers here — are that group's
/// attack on civilians; burned with no such group named ("حاولت حرق طفلها", a crime at home) they tell no event.
/// A village named by its noun and then placed by its town ("في قرية دوما بمدينة نابلس") is the one scene.
/// </summary>
public class PeopleBurnedTests
{
    [GazetteerFact]
    public void Settlers_who_burned_a_family_attacked_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقالت الوزارة إن الجريمة التي أقدم عليها المستوطنون بإحراق عائلة فلسطينية في منزلها في نابلس تستوجب المحاسبة.", "2015-08-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Settlers (Israel)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_child_burned_at_home_by_no_armed_side_is_no_event()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أقدم شاب على حرق عائلة جاره في الرياض بعد خلاف بينهما.", "2015-08-10");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void A_village_placed_by_its_town_is_one_scene()
    {
        foreach (var text in new[]
                 {
                     "واعتقلت قوات الاحتلال خمسة شبان في قرية دوما بمدينة نابلس.",
                     "ونفذ مستوطنون فجر أمس جريمة أدت إلى حرق رضيع فلسطيني في منزله في قرية (دوما) بمدينة نابلس.",
                 })
        {
            var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-01").Events);
            Assert.Equal("Dūmā", e.Location?.Place?.Name);
        }
    }
}
