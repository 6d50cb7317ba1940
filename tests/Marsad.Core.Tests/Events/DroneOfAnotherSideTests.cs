using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "طائرة بدون طيار هاجمت سيارة … وقتلت أربعة من أعضاء تنظيم القاعدة" under a headline of an American strike: al-Qaeda flies
/// no drones of its own (data/lexicons/drone-flyers.tsv), so the drone is the air force the article shows flying and
/// al-Qaeda what it hit. A group that does fly them, the Houthis, launches its own.
/// </summary>
public class DroneOfAnotherSideTests
{
    [GazetteerFact]
    public void A_group_that_flies_no_drones_is_the_target()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اليمن .. مقتل 4 من القاعدة في ضربة جوية أمريكية\n"
            + "قال سكان إن طائرة بدون طيار هاجمت سيارة في مديرية المحفد بمحافظة أبين وقتلت أربعة من أعضاء تنظيم القاعدة.",
            "2015-07-30").Events);
        Assert.StartsWith("Military Forces of the United States", e.Actor1?.Name);
        Assert.Equal("Al Qaeda in the Arabian Peninsula", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_group_that_flies_drones_launches_its_own() =>
        Assert.Equal("Houthi Movement", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أطلق الحوثيون طائرة بدون طيار هاجمت قاعدة عسكرية في مدينة نجران.", "2018-05-30").Events).Actor1?.Name);
}
