using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A naval, military or air "مظاهرة" is a parade or a show of force, and a social or festive "تظاهرة" a festival — no
/// protest; a region "وتحت سيطرة كاملة" of the
/// army is in a state of control, which no one took that day.
/// </summary>
public class ShowsAndStatesTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void A_naval_parade_is_no_protest() =>
        Assert.DoesNotContain(Extract("وافتتح الرئيس المصري القناة الجديدة أمس بمظاهرة بحرية شاركت فيها الفرقاطة تحيا مصر في الإسماعيلية.", "2015-08-07").Events,
            e => e.EventType == "Protests");

    [GazetteerFact]
    public void A_festive_demonstration_is_a_festival() =>
        Assert.DoesNotContain(Extract("تعيش المدينة المنورة هذه الأيام تظاهرة اجتماعية واحتفالية ابتهاجا بقدوم عيد الفطر.", "2015-07-20").Events,
            e => e.EventType == "Protests");

    [GazetteerFact]
    public void A_protest_march_is_a_protest() =>
        Assert.Contains(Extract("وخرج الآلاف أمس في مظاهرة حاشدة في الإسماعيلية للمطالبة بفرص عمل.", "2015-08-07").Events,
            e => e.EventType == "Protests");

    [GazetteerFact]
    public void A_region_calm_and_under_the_armys_control_is_no_change_of_hands() =>
        Assert.DoesNotContain(Extract("وأكد مصدر عسكري أن الأوضاع الأمنية في شمال سيناء هادئة ومستقرة وتحت سيطرة كاملة من رجال القوات المسلحة والشرطة.", "2015-08-08").Events,
            e => e.SubEventType.Contains("territory"));
}
