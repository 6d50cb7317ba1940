using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وفي عدن أدانت الحكومة اليمنية بشدة التفجير الإرهابي": where the condemner stands, before the verb of condemning, is
/// no scene of the act condemned — the bombing stays where the report put it.
/// </summary>
public class CondemnerIsNoSceneTests
{
    [GazetteerFact]
    public void The_condemners_town_is_no_second_scene() =>
        Assert.All(TestPipeline.ExtractWithRealGazetteer(
            "قتل 15 من رجال الأمن في تفجير انتحاري استهدف مسجدا في مدينة أبها أمس.\nوفي عدن أدانت الحكومة اليمنية بشدة التفجير الإرهابي، وأكدت في بيان صادر عن وزارة الخارجية وقوف اليمن إلى جانب المملكة.",
            "2015-08-08").Events, e => Assert.Equal("Abha", e.Location?.Place?.Name));
}
