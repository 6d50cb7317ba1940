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

    // ("510 كم شمال غرب بغداد": a compound compass word measures from the place too)
    [Fact]
    public void A_compound_compass_word_measures_from_the_place()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أفاد شهود عيان اليوم بمقتل 33 مسلحاً من تنظيم داعش بانفجار سيارة مفخخة يقودها انتحاري استهدف مركز تدريب في قضاء البعاج 510 كم شمال غرب بغداد.",
            "2015-07-20").Events);
        Assert.NotEqual("Baghdad", e.Location?.Place?.Name);
        Assert.Equal(33, e.Fatalities);
    }

    [Fact]
    public void An_area_in_square_kilometres_is_no_distance() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "أعلن الرئيس التركي السبت عن استعادة الجيش التركي لـ850 كيلومترا مربعا من منطقة عفرين.", "2018-03-11").Events,
            e => e.Location?.Place?.Name.EndsWith("frīn") == true);
}
