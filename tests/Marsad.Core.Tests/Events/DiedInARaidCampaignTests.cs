using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل 12 مسلحا في حملة مداهمات شنتها القوات المسلحة": militants killed in a campaign of raids fell fighting the
/// raiding force (ACLED's armed clash, their dead counted) — while a campaign of arrests stays arrests.
/// </summary>
public class DiedInARaidCampaignTests
{
    [GazetteerFact]
    public void Militants_killed_in_a_campaign_of_raids_fought_the_raiders()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قُتل 12 مسلحاً في حملة مداهمات شنتها القوات المسلحة المصرية لاستهداف البؤر الإرهابية بمدينة الشيخ زويد التابعة لمحافظة شمال سيناء.", "2015-07-26").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(12, e.Fatalities);
        Assert.StartsWith("Military Forces of Egypt", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void A_campaign_of_arrests_stays_arrests() =>
        Assert.Equal("Arrests", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وشنت قوات الأمن حملة اعتقالات في مدينة العريش أسفرت عن اعتقال 20 شخصا.", "2015-07-26").Events).SubEventType);
}
