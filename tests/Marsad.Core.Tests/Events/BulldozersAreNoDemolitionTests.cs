using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Bulldozers named alone ("وجرافات") are equipment in a list of reinforcements, no demolition; the occupier's
/// bulldozers ("جرافات الاحتلال") that raze a village do demolish — a village razed is its people's homes.
/// </summary>
public class BulldozersAreNoDemolitionTests
{
    private static Document Extract(string text, string published = "2018-10-10") => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void Bulldozers_in_a_list_of_reinforcements_destroy_nothing() =>
        Assert.DoesNotContain(Extract("وجاءت العملية العسكرية بعد أسابيع من التحضير، وذلك باستقدام آلاف المقاتلين من قبل قوات سوريا الديمقراطية والتحالف، كما جرى استقدام تعزيزات عسكرية ضخمة من عربات مدرعة ودبابات وآليات ثقيلة وجرافات ورشاشات ثقيلة وذخيرة، نقلت إلى محيط جيب تنظيم داعش قرب هجين.").Events,
            e => e.SubEventType == "Looting/property destruction");

    [GazetteerFact]
    public void A_village_the_occupiers_bulldozers_razed_is_a_demolition() =>
        Assert.Contains(Extract("كما اقتحمت جرافات الاحتلال الاربعاء قرية العراقيب في النقب، وهدمتها بالكامل.", "2015-08-06").Events,
            e => e.SubEventType == "Looting/property destruction");

    [GazetteerFact]
    public void A_village_a_state_razes_in_a_headline_is_a_demolition() =>
        Assert.Contains(Extract("إسرائيل تهدم قرية فلسطينية قرب الخليل", "2018-07-04").Events,
            e => e.SubEventType == "Looting/property destruction" && e.Actor2 != null);
}
