using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Villages of Daraa and Quneitra and the Turkmen mountain of Latakia that cities500 lacks (data/geo/places-extra.tsv),
/// and two names that are also words: "جسرين" ("two bridges", the town of Jisrin only after its cue) and "حضر"
/// ("attended", the Druze town of Hadar only after its cue). A second Al-Hamidiyah, in Quneitra, is the one its
/// sentence's province names.
/// </summary>
public class SouthernSyriaVillagesTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-07-26");

    [GazetteerFact]
    public void Two_bridges_are_no_town() =>
        Assert.DoesNotContain("Jisrin", Places("نفذ التحالف الدولي غارات جوية على جسرين استراتيجيين في محافظة دير الزور."));

    [GazetteerFact]
    public void Jisrin_after_its_cue_is_the_town() =>
        Assert.Contains("Jisrin", Places("قصفت قوات النظام بلدة جسرين في الغوطة الشرقية."));

    [GazetteerFact]
    public void Hadar_after_its_cue_is_in_Quneitra() =>
        Assert.Contains("Hadar", Places("قتل عنصر من الدفاع الوطني إثر سقوط قذيفة على بلدة حضر بريف القنيطرة الشمالي."));

    [GazetteerFact]
    public void Attended_is_no_town() =>
        Assert.DoesNotContain("Hadar", Places("حضر وزير الخارجية الاجتماع في دمشق أمس."));

    [GazetteerFact]
    public void Villages_of_Daraa_and_the_Turkmen_mountain_are_known()
    {
        var places = Places("قصف الطيران بلدتي عتمان واليادودة في ريف درعا، ومواقع في جبل التركمان بريف اللاذقية.");
        Assert.Contains("Atman", places);
        Assert.Contains("Al-Yadudah", places);
        Assert.Contains("Jabal al-Turkman", places);
    }

    [GazetteerFact]
    public void Al_Hamidiyah_of_Quneitra_in_the_Quneitra_countryside() =>
        Assert.Contains("Al-Hamidiyah (Quneitra)", Places("قصفت القوات النظامية بالمدفعية مناطق في بلدة الحميدية في ريف القنيطرة."));
}
