using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// One bombing told with its target and place ("التفجير الإرهابي الذي استهدف المصلين في مسجد في أبها"), condemned with no
/// one named who set it off anywhere in the article, is ACLED's unidentified armed group's; bombings of a kind are none.
/// </summary>
public class BombedByNoOneNamedTests
{
    [GazetteerFact]
    public void A_condemned_bombing_of_worshippers_in_a_town_is_an_unidentified_groups()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "استنكر رئيس الجمعية التفجير الإرهابي الآثم الذي استهدف المصلين في مسجد بمدينة أبها.",
            "2015-08-08").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Saudi Arabia)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Bombings_that_target_mosques_as_a_kind_are_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "استنكر رئيس الجمعية التفجيرات الإرهابية التي تستهدف المصلين في المساجد بمدينة أبها.",
            "2015-08-08").Events);
}
