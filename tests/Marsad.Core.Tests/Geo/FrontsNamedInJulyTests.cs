namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Places of the summer-2015 wars the press names and the tables lacked (data/geo): Aden's northern district "دار سعد",
/// Marib's "جبهة البلق", Afghanistan's Logar written "لوغار" and its district "بركي براك", Waziristan, and Cameroon's
/// Fotokol and Maroua "ماروا" — "البلق" alone is a word, and "مروة" a given name.
/// </summary>
public class FrontsNamedInJulyTests
{
    private static List<string?> Names(string text) => GeoTestData.Parse(text).Places.Select(p => p.Place?.Name).ToList();

    [Fact]
    public void Yemeni_fronts_are_found()
    {
        Assert.Contains("Dar Saad", Names("قصف المتمردون احياء سكنية على مشارف دار سعد."));
        Assert.Contains("Al Balaq", Names("وفي جبهة البلق استهدفت إحدى الغارات تجمعا للحوثيين."));
    }

    [Fact]
    public void Afghan_and_Pakistani_places_are_found()
    {
        Assert.Contains("Logar", Names("قتل عشرة جنود في غارة على حاجز للجيش في ولاية لوغار جنوب كابول."));
        Assert.Contains("Baraki Barak", Names("وقع الحادث صباح أمس في منطقة براكي براك جنوب كابل."));
        Assert.Contains("North Waziristan", Names("قتل الجيش 20 مسلحا في غارات على منطقة وزيرستان."));
    }

    [Fact]
    public void Cameroonian_towns_are_found()
    {
        Assert.Contains("Fotokol", Names("فجرت انتحاريتان نفسيهما في فوتوكول على الحدود مع نيجيريا."));
        Assert.Contains("Maroua", Names("قتل 13 شخصا في الهجوم المزدوج في ماروا بشمال الكاميرون."));
    }

    [Fact]
    public void A_word_and_a_name_are_no_places()
    {
        Assert.DoesNotContain("Al Balaq", Names("كان الحصان البلق يجري في الحقل."));
        Assert.DoesNotContain("Maroua", Names("قالت مروة إنها عادت إلى منزلها."));
    }
}
