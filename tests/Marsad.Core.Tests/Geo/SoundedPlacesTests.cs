using Marsad.Core.Geo;
using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Foreign towns GeoNames names only in Latin letters ("مدينة سوروج" → Suruç, "بلدة بوزانتي" → Pozantı) are found
/// by the consonants both spellings share, after a town's or village's cue, in a country the text points to.
/// </summary>
public class SoundedPlacesTests
{
    [Theory]
    [InlineData("سوروج", "Suruç", "TR")]
    [InlineData("سوروتش", "Suruç", "TR")]          // ç written تش
    [InlineData("جيلان بينار", "Ceylanpınar", "TR")] // Turkish c is j; two words are one name
    [InlineData("بوزانتي", "Pozantı", "TR")]         // p written ب
    [InlineData("فيرجسون", "Ferguson", "US")]        // g written ج
    [InlineData("ميلبورن", "Melbourne", "AU")]
    [InlineData("الحلة", "Al Hillah", "IQ")]          // the article on both sides, a final silent h
    [InlineData("حديثة", "Ḩadīthah", "IQ")]          // GeoNames' transliteration marks come off (in every process)
    [InlineData("المحويت", "Al Maḩwīt", "YE")]
    public void Arabic_and_latin_spellings_share_a_skeleton(string arabic, string latin, string cc) =>
        Assert.Equal(ConsonantSkeleton.OfLatin(latin, cc), ConsonantSkeleton.OfArabic(arabic));

    [Theory]
    [InlineData("سوريا", "Suruç", "TR")]
    [InlineData("سرت", "Suruç", "TR")]
    public void Different_names_do_not(string arabic, string latin, string cc) =>
        Assert.NotEqual(ConsonantSkeleton.OfLatin(latin, cc), ConsonantSkeleton.OfArabic(arabic));

    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-07-26");

    [GazetteerFact]
    public void A_foreign_town_after_its_cue_is_found_by_its_sound()
    {
        Assert.Contains("Suruç", Places("قتل 32 شخصا في هجوم انتحاري استهدف مدينة سوروج التركية."));
        Assert.Contains("Pozantı", Places("قتل جنديان تركيان في انفجار سيارة مفخخة في بلدة بوزانتي جنوب تركيا."));
    }

    [GazetteerFact]
    public void A_word_with_the_article_is_no_foreign_town() =>
        // "مدينة الفرات" sounds like Everett, Washington, but foreign towns take no article
        Assert.DoesNotContain("Everett", Places("وصلت التعزيزات الأمريكية إلى مدينة الفرات أمس."));

    [GazetteerFact]
    public void A_foreign_town_followed_by_its_country_is_found_by_its_sound_without_a_cue()
    {
        // "في جومبي بنيجيريا": ب and the country's name right after the name stand for the cue
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل 37 شخصا في تفجيرين انتحاريين في جومبي بنيجيريا يوم الأربعاء.", "2015-07-25").Events);
        Assert.Equal("Gombe", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void Without_a_town_of_that_sound_the_word_is_no_place() =>
        // (no stand-in: with no cue, a word the gazetteer lacks is kept only if it sounds like a town of its country)
        Assert.DoesNotContain(Places("قتل 37 شخصا في تفجيرين انتحاريين في سوقطرا بنيجيريا."), p => p is not null && p != "Nigeria");

    [GazetteerFact]
    public void A_town_of_that_sound_outside_the_province_named_after_it_is_not_the_place()
    {
        // "في بلدة ايلبيلي بإقليم كيليس": the village (Elbeyli, which cities500 lacks) is in Kilis province, so Alaplı on the
        // Black Sea, the same consonants in Zonguldak, is not it — the province named after it places it instead
        var places = Places("قتل جندي تركي في اشتباكات مع تنظيم داعش في بلدة ايلبيلي بإقليم كيليس أمس.");
        Assert.DoesNotContain("Alaplı", places);
        Assert.Contains("Kilis", places);
    }
}
