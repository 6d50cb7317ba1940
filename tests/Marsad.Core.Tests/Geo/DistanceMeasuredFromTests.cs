namespace Marsad.Core.Tests.Geo;

using Marsad.Core.Tests.Events;

/// <summary>
/// "في مدينة كربلاء، على بعد 75 كيلومترا جنوب بغداد": the town a distance is measured from is no scene — the
/// accusative "كيلومترا" is a unit of distance as "كلم" is (an area, "850 كيلومترا مربعا من منطقة عفرين", is not).
/// </summary>
public class DistanceMeasuredFromTests
{
    private const string Text =
        "مظاهرات الكهرباء تمتد إلى مدن العراق\n"
        + "استمرت أمس المظاهرات في المحافظات الجنوبية من البصرة حتى ذي قار وامتدت الاحتجاجات إلى النجف، حيث احتجز متظاهرون نائب رئيس مجلس المحافظة.\n"
        + "وقال أستاذ: «نحن نتظاهر سلميا وكل ما نريده هو الماء».\n"
        + "وارتفعت الشعارات ذاتها في مدينة كربلاء، على بعد 75 كيلومترا جنوب بغداد. إذ تظاهر صباح أمس المئات احتجاجا على تردي الخدمات.\n";

    [Fact]
    public void A_protest_in_the_town_measured_is_there() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(Text, "2015-08-02").Events,
            e => e.SubEventType == "Peaceful protest" && e.Location?.Place?.Name == "Karbala");

    [Fact]
    public void An_area_in_square_kilometres_is_no_distance() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "أعلن الرئيس التركي السبت عن استعادة الجيش التركي لـ850 كيلومترا مربعا من منطقة عفرين.", "2018-03-11").Events,
            e => e.Location?.Place?.Name.EndsWith("frīn") == true);
}
