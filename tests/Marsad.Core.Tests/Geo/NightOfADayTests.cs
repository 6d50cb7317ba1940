using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "ليل السبت" is Saturday night, not Lille: a name that is also a word gets no cue from the town before it ("في مدينة
/// اللاذقية ليل") and is no place right before a weekday.
/// </summary>
public class NightOfADayTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-08-10");

    [GazetteerFact]
    public void The_night_after_a_town_with_its_cue_is_no_place() =>
        Assert.Equal(new string?[] { "Latakia" }, Places("اعتصم أكثر من ألف شخص في مدينة اللاذقية ليل السبت احتجاجا على مقتل ضابط."));

    [GazetteerFact]
    public void The_night_before_a_weekday_is_no_place() =>
        Assert.DoesNotContain("Lille", Places("دارت اشتباكات عنيفة في حمص ودمشق ليل الخميس بين الجيش والمعارضة."));

    [GazetteerFact]
    public void A_nationality_between_the_cue_and_the_name_still_gives_the_cue() =>
        Assert.Contains("Mosul", Places("سقطت قذائف على أحياء في المدينة العراقية الموصل أمس."));
}
