using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "طائرة بدون طيار هاجمت سيارة في جنوب اليمن" beside "الهجوم الذي نفذته طائرة بلا طيار … في مديرية المحفد": a compass part of a whole country spans its
/// provinces, so the strike told there is the one the article places at a town near its point — one event, at the town.
/// Not far off: "شمال العراق", pointed at Erbil, holds no Baghdad.
/// </summary>
public class CompassPartOfACountryTests
{
    [GazetteerFact]
    public void A_strike_in_southern_yemen_is_the_one_at_its_town()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "اليمن .. مقتل 4 من القاعدة في ضربة جوية أمريكية\n"
            + "قال سكان ومسؤولون محليون اليوم الخميس إن طائرة بدون طيار هاجمت سيارة في جنوب اليمن خلال الليل وقتلت أربعة يشتبه أنهم أعضاء في تنظيم القاعدة. "
            + "وكان من بين قتلى الهجوم الذي نفذته طائرة بلا طيار يشتبه انها امريكية في مديرية المحفد بمحافظة أبين رجل قال سكان إن اسمه أحمد الكاظمي.",
            "2015-07-30").Events;
        var e = Assert.Single(events, x => x.SubEventType == "Air/drone strike");
        Assert.NotEqual("Southern Yemen", e.Location?.Place?.Name);
    }
}
