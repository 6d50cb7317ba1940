using Marsad.Core.Text;

namespace Marsad.Core.Tests.Text;

public class NormalizerTests
{
    private static readonly ArabicNormalizer M = ArabicNormalizer.Matching;

    [Theory]
    [InlineData("ﻻ", "لا")]                      // presentation form ligature
    [InlineData("ﺍﻟﺠﻴﺶ", "الجيش")]                 // isolated/initial/medial/final forms
    [InlineData("الجـــيش", "الجيش")]             // tatweel
    [InlineData("مَدْرَسَةٌ", "مدرسه")]            // harakat, sukun, tanween; ة → ه
    [InlineData("شدّة", "شده")]                   // shadda
    [InlineData("هٰذا", "هذا")]                    // superscript alef
    [InlineData("أحمد إبراهيم آمن ٱلله", "احمد ابراهيم امن الله")]
    [InlineData("على مستشفى", "علي مستشفي")]
    [InlineData("مسؤول رئيس", "مسوول رييس")]
    [InlineData("١٢٣٤٥٦٧٨٩٠ ۱۲۳", "1234567890 123")]
    [InlineData("نعم، لا؛ لماذا؟", "نعم, لا; لماذا?")]
    [InlineData("«قال» “هذا”", "\"قال\" \"هذا\"")]
    [InlineData("سو\u200Cريا\u200F\u200E\u061C\uFEFF", "سوريا")]
    [InlineData("ISIS", "isis")]
    [InlineData("قوات الطوارىء", "قوات الطواري")]   // ئ written as ى with a hamza after it, the old spelling
    [InlineData("شاطىء البحر", "شاطي البحر")]
    [InlineData("مخيم الشاطيء", "مخيم الشاطي")]   // or as ي with a hamza after it
    public void Matching_profile_applies_every_step(string input, string expected) => Assert.Equal(expected, M.Normalize(input));

    [Fact]
    public void Display_profile_keeps_letters_vowels_and_punctuation()
    {
        var d = ArabicNormalizer.Display;
        Assert.Equal("مَدْرَسَةٌ، أحمد؟ «نعم» ١٢", d.Normalize("مَدْرَسَةٌ، أحـــمد؟ «نعم» ١٢\u200F"));
        Assert.Equal("لا", d.Normalize("ﻻ"));
    }

    [Fact]
    public void Steps_can_be_switched_one_by_one()
    {
        var onlyAlef = new ArabicNormalizer(NormalizationSteps.AlefVariants);
        Assert.Equal("احمد مدرسة على", onlyAlef.Normalize("أحمد مدرسة على"));
        var onlyTaMarbuta = new ArabicNormalizer(NormalizationSteps.TaMarbuta);
        Assert.Equal("أحمد مدرسه على", onlyTaMarbuta.Normalize("أحمد مدرسة على"));
        var none = new ArabicNormalizer(NormalizationSteps.None);
        Assert.Equal("أحـمدُ", none.Normalize("أحـمدُ"));
    }

    [Fact]
    public void Map_points_every_normalised_char_back_to_its_source()
    {
        string original = "قـالَ ﻻ أحمد";
        var n = M.NormalizeWithMap(original);
        Assert.Equal("قال لا احمد", n.Text);
        // "احمد" in the normalised text covers "أحمد" in the original.
        int at = n.Text.IndexOf("احمد", StringComparison.Ordinal);
        var span = n.ToOriginalSpan(at, at + 4);
        Assert.Equal("أحمد", span.Slice(original));
        // The ligature expands to two chars that both point at it.
        int la = n.Text.IndexOf("لا", StringComparison.Ordinal);
        Assert.Equal("ﻻ", n.ToOriginalSpan(la, la + 2).Slice(original));
        Assert.Equal("قـالَ", n.ToOriginalSpan(0, 3).Slice(original));
    }

    [Fact]
    public void Unchanged_text_is_returned_without_copying()
    {
        const string plain = "plain ascii";
        Assert.Same(plain, ArabicNormalizer.Display.Normalize(plain));
    }

    [Fact]
    public void Lone_surrogates_pass_through()
    {
        string bad = "a\uD800b\uDC00c";
        Assert.Equal(bad, M.Normalize(bad));
        Assert.Equal(bad.Length, M.NormalizeWithMap(bad).Text.Length);
    }

    [Fact]
    public void Hamza_after_alef_maqsura_points_back_to_its_source()
    {
        // (the hamza folded into ى leaves no character of its own: the map of "شاطىء" is the map of its four letters)
        var n = M.NormalizeWithMap("شاطىء");
        Assert.Equal("شاطي", n.Text);
    }
}
