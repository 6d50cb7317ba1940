using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Places that "came to be in the hands" of an armed side ("باتت بأيدي المقاومة", "أصبحت بيد") were taken by it; a
/// thing in someone's hands ("هذا السلاح أصبح بيد"), or a share of a town ("ثلاثة أرباع المدينة باتت في أيدي الثوار",
/// the state of a battle), is no ground taken.
/// </summary>
public class GroundInTheHandsTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void Places_in_the_hands_of_the_resistance_are_taken_by_it() =>
        Assert.Contains(Extract("وقال قائد ميداني إن منطقتي المخدرة وصرواح باتت بأيدي المقاومة الشعبية بعد معارك مع الحوثيين.", "2015-07-24").Events,
            e => e.SubEventType == "Government regains territory" && e.Actor1?.Name == "Popular Resistance (Yemen)");

    [GazetteerFact]
    public void Weapons_in_someones_hands_are_no_ground() =>
        Assert.DoesNotContain(Extract("وقال الكاتب إن مخيم اليرموك مليء بالسلاح، وهذا السلاح أصبح بيد تنظيم داعش الذي يسيطر عليه.", "2015-08-01").Events,
            e => e.SubEventType.Contains("territory"));

    [GazetteerFact]
    public void A_share_of_a_town_in_the_rebels_hands_is_no_taking() =>
        Assert.DoesNotContain(Extract("وأكد وزير الداخلية اليمني أن ثلثي مدينة تعز باتت في أيدي المقاومة الشعبية.", "2015-08-06").Events,
            e => e.SubEventType.Contains("territory"));
}
