using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "جراء سقوط قذيفة مدفعية أطلقتها ميليشيات الحوثي على قرية ماتع": two trigger words of one act, placed by the one
/// mention of the place, are one report when each reads as agent the side the other reads as hit. Two agents named
/// striking one town ("شنت طائرات روسية غارات …، كما ألقت مروحيات النظام براميل") stay two events, as ACLED codes them.
/// </summary>
public class OneActReadTwiceTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void A_shell_told_by_its_fall_and_its_gun_is_one_shelling() =>
        Assert.Single(Extract("وقتل طفل في الثالثة من العمر من جراء سقوط قذيفة مدفعية أطلقتها ميليشيات الحوثي على قرية ماتع غربي منطقة الضباب في تعز.", "2018-03-28").Events,
            e => e.Location?.Place?.Name == "Ad Dabab");

    [GazetteerFact]
    public void Two_air_forces_striking_one_town_are_two_strikes()
    {
        var strikes = Extract("شنت طائرات روسية غارات على بلدة بصر الحرير في ريف درعا، كما ألقت مروحيات النظام براميل متفجرة على البلدة.", "2018-06-25").Events
            .Where(e => e.SubEventType == "Air/drone strike").ToList();
        Assert.Equal(2, strikes.Select(e => e.Actor1?.Name).Distinct().Count());
    }
}
