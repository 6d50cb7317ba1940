using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The units a side sends in ("طلائع من المقاومة", "مجموعات من الجيش") are that side: "دخلت طلائع من المقاومة إلى
/// وسط المدينة" is the resistance entering, not the side it presses named after it.
/// </summary>
public class VanguardsOfASideTests
{
    [GazetteerFact]
    public void Vanguards_of_the_resistance_are_the_resistance() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وفي جبهة لحج، دخلت طلائع من المقاومة إلى وسط مدينة الحوطة صباح اليوم، وتقوم حاليا بتضييق الخناق على ميليشيات الحوثي.", "2015-08-01").Events,
            e => e.Actor1?.Name == "Popular Resistance (Yemen)" && e.Actor2?.Name == "Houthi Movement");
}
