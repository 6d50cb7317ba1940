using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A theft told in a relative clause whose verb points back to the thing taken ("الأسلحة التي نهبتها الميليشيات",
/// "سيارات الشرطة التي سرقتها في وقت سابق") describes the thing; the looting told as an act still stands.
/// </summary>
public class LootDescribedTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-10-07");

    [GazetteerTheory]
    [InlineData("وتستخدم الميليشيات الحوثية في صنعاء سيارات الشرطة التي سرقتها في وقت سابق لنقل المساعدات المنهوبة.")]
    [InlineData("وأشار إلى أن جنود الجيش اليمني استعادوا في لحج طاقما عسكريا ومجموعة من الأسلحة التي نهبتها الميليشيات الحوثية من معسكرات الجيش.")]
    public void A_theft_describing_the_thing_is_no_looting(string text) =>
        Assert.DoesNotContain(Extract(text).Events, e => e.SubEventType == "Looting/property destruction");

    [GazetteerFact]
    public void Looting_told_as_an_act_stands() =>
        Assert.Contains(Extract("وقال السكان إن ميليشيات الحوثي نهبت منازل المدنيين في مدينة الحديدة.").Events,
            e => e.SubEventType == "Looting/property destruction");
}
