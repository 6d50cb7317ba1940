using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الانفجار الذي هز مستودعا لتجميع الألغام حصل عن طريق الخطأ", "انفجار ناجم عن تسرب غاز": an explosion its sentence calls an
/// accident is none of ACLED's; a strike that hit the wrong side ("ضربة جوية … بطريق الخطأ") still is one.
/// </summary>
public class AccidentalBlastTests
{
    private static List<string> SubTypes(string text) =>
        TestPipeline.ExtractWithRealGazetteer(text, "2015-07-22").Events.Select(e => e.SubEventType).ToList();

    [GazetteerFact]
    public void An_accident_is_no_bombing()
    {
        Assert.DoesNotContain("Remote explosive/landmine/IED", SubTypes("قتل شخصان في انفجار عبوة ناسفة عن طريق الخطأ داخل مخزن في بغداد أمس."));
        Assert.Contains("Remote explosive/landmine/IED", SubTypes("قتل شخصان في انفجار عبوة ناسفة داخل مخزن في بغداد أمس."));
    }

    [GazetteerFact]
    public void Friendly_fire_from_the_air_is_a_strike() =>
        Assert.Contains("Air/drone strike", SubTypes(
            "قال مسؤولون أفغان ان 14 جنديا أفغانيا قتلوا في حادث اطلاق نيران صديقة اليوم، عندما نفذت قوات حلف شمال الاطلسي ضربة جوية على معسكر للجيش في شرق أفغانستان بطريق الخطأ."));
}
