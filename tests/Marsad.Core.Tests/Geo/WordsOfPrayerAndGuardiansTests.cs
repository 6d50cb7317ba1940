using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Words that spell towns in a column about an attack in Saudi Arabia: "قبل أذان المغرب" is the sunset prayer, not Morocco;
/// "حماة الوطن" are the homeland's guardians, not Hama (the city stands alone or with an adjective, "ريف حماة الشمالي");
/// "على كشفه" is "exposing him", not the Syrian village Kashfah (data/geo/ambiguous-names.txt: a cue noun needed); "وجده"
/// is "found him", not Oujda (which counts with its preposition or cue); "الدرع الحصين" is the fortified shield, not the
/// Yemeni village Al Husayn.
/// </summary>
public class WordsOfPrayerAndGuardiansTests
{
    [GazetteerFact]
    public void The_sunset_prayer_is_no_Morocco() =>
        Assert.DoesNotContain("Morocco", TestPipeline.PlaceNames("يباغت خاله قبل أذان المغرب في خواتيم رمضان بأربع رصاصات.", "2015-07-23"));

    [GazetteerFact]
    public void Morocco_named_as_a_country_stays() =>
        Assert.Contains("Morocco", TestPipeline.PlaceNames("اعتقلت السلطات في المغرب خلية إرهابية.", "2015-07-23"));

    [GazetteerFact]
    public void The_homelands_guardians_are_no_Hama() =>
        Assert.DoesNotContain("Ḩamāh", TestPipeline.PlaceNames("ثم يفجر نفسه عند نقطة أمن رغبة في قتل عدد من حماة الوطن.", "2015-07-23"));

    [GazetteerFact]
    public void Hama_with_its_adjective_stays_a_place() =>
        Assert.Contains("Ḩamāh", TestPipeline.PlaceNames("قصفت الطائرات بلدات في ريف حماة الشمالي.", "2015-07-23"));

    [GazetteerFact]
    public void Exposing_him_is_no_village() =>
        Assert.Empty(TestPipeline.PlaceNames("العهد بينه وبين الإرهاب أن يغتال أي شخص يساعد على كشفه حتى لو كان والده.", "2015-07-23"));

    [GazetteerFact]
    public void Found_him_is_no_Oujda() =>
        Assert.DoesNotContain("Oujda-Angad", TestPipeline.PlaceNames("وقد اطمأن على وضعه الصحي، مشيدا بما وجده من رعاية لابنه في المستشفى.", "2015-08-08"));

    [GazetteerFact]
    public void Oujda_after_its_preposition_stays() =>
        Assert.Contains("Oujda-Angad", TestPipeline.PlaceNames("اعتقلت الشرطة المغربية شخصين في وجدة.", "2015-08-08"));

    [GazetteerFact]
    public void The_fortified_shield_is_no_village() =>
        Assert.Empty(TestPipeline.PlaceNames("وأبناء المنطقة صف واحد ضد الإرهاب ونحن الدرع الحصين جنود مجندة في خدمة الوطن.", "2015-08-10"));
}
