using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Names listed with و: a two-letter first word ("وذي قار", "وتل أبيض") still opens a name after the conjunction; and a
/// bare governorate's name whose country has no town of that name is the governorate ("وبابل" in Iraq is Babil, not
/// Bābol in Iran).
/// </summary>
public class ListedProvincesTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-08-03");

    [GazetteerFact]
    public void A_two_letter_first_word_after_wa_opens_a_name()
    {
        var places = Places("وتظاهر المئات في النجف وذي قار أمس، فيما سيطر التنظيم على منبج وتل أبيض.");
        Assert.Contains("Thi-Qar", places);
        Assert.Contains("Tall Abyaḑ", places);
    }

    [GazetteerFact]
    public void The_two_letter_word_alone_is_no_place() =>
        Assert.Equal(new string?[] { "Najaf" }, Places("وتظاهر المئات في النجف وذي الشأن أمس."));

    [GazetteerFact]
    public void A_bare_governorate_without_a_town_of_its_name_at_home_is_the_governorate() =>
        Assert.Contains("Babil", Places("تظاهر المئات في بغداد والنجف وبابل احتجاجا على نقص الكهرباء في العراق."));
}
