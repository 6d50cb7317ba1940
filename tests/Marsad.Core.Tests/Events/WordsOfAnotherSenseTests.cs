using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Trigger words whose next word shows another sense: "اضرابات الشخصية" is "اضطرابات" (disorders) spelt without its ط,
/// no strike; power or land "raped" ("اغتصبوا السلطة", "اغتصاب الأرض") was usurped, no one assaulted. The words with a
/// person or the work left after them keep their sense. People crossing a border unlawfully "infiltrate" it unarmed.
/// </summary>
public class WordsOfAnotherSenseTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void Disorders_spelt_as_strikes_are_no_protest() =>
        Assert.DoesNotContain(Extract("ويعاني كثير من المراجعين في مستشفيات الرياض من اضرابات نفسية وأخرى في النوم بحسب الطبيب.", "2015-08-01").Events,
            e => e.EventType == "Protests");

    [GazetteerFact]
    public void A_strike_from_work_is_still_a_protest() =>
        Assert.Contains(Extract("ونفذ مئات المعلمين إضرابا عن العمل في مدينة الخليل أمس احتجاجا على تدني رواتبهم.", "2015-08-05").Events,
            e => e.EventType == "Protests");

    [GazetteerFact]
    public void Power_usurped_is_no_sexual_violence() =>
        Assert.DoesNotContain(Extract("وقال المحافظ إن الحوثيين في صنعاء اغتصبوا السلطة بقوة السلاح.", "2015-08-09").Events,
            e => e.SubEventType == "Sexual violence");

    [GazetteerFact]
    public void A_girl_raped_is_sexual_violence() =>
        Assert.Contains(Extract("واغتصب عناصر من تنظيم داعش فتاة قاصرا في مدينة الموصل أمس.", "2015-08-05").Events,
            e => e.SubEventType == "Sexual violence");

    // (people crossing a border unlawfully "infiltrate" it unarmed: no fight with the guards who stopped them)
    [GazetteerFact]
    public void An_unlawful_crossing_stopped_is_no_clash_but_armed_infiltrators_are()
    {
        Assert.Empty(Extract("أحبطت قوات حرس الحدود المصرية أمس محاولة تسلل 45 شخصا بينهم 12 سودانيا عبر الحدود قرب مدينة السلوم بطريقة غير مشروعة.", "2015-07-27").Events);
        Assert.Contains(Extract("وأحبطت قوات حرس الحدود السعودية أمس محاولة تسلل مسلحين حوثيين إلى منطقة جازان.", "2015-07-27").Events,
            e => e.SubEventType == "Armed clash");
    }
}
