using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The act whose anniversary or memory is kept is past, whatever recent day the keeping has: "أحيا آلاف السكان الجمعة
/// الذكرى الثلاثين للهجوم الكيميائي الذي شنته القوات العراقية" is no chemical attack this week. An attack on a gathering
/// held in memory of something else ("حفلا لإحياء ذكرى المولد النبوي") is news.
/// </summary>
public class AnniversaryTests
{
    [GazetteerFact]
    public void An_attack_whose_anniversary_is_kept_is_no_news() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "أحيا آلاف السكان في مدينة حلبجة الجمعة، الذكرى الثلاثين للهجوم الكيميائي الذي شنته القوات العراقية على المدينة في 16 مارس/آذار 1988.",
            "2018-03-17").Events);

    [GazetteerFact]
    public void A_blast_at_a_memorial_gathering_is_news() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وقتل ثلاثة أشخاص في تفجير استهدف حفلا لإحياء ذكرى المولد النبوي في كابول أمس.", "2018-11-21").Events,
            e => e.SubEventType == "Remote explosive/landmine/IED" && e.Fatalities == 3);
}
