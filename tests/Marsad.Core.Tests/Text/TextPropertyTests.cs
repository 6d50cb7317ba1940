using FsCheck;
using FsCheck.Fluent;
using Marsad.Core.Text;

namespace Marsad.Core.Tests.Text;

/// <summary>Properties over random input: idempotence, spans that map back, and no exceptions.</summary>
public class TextPropertyTests
{
    // Random strings biased towards Arabic, marks, digits, presentation forms, bidi marks and surrogates.
    private static readonly char[] Alphabet =
        "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْٰ٠١٢٩۰۹0123456789 .,،؛؟!…\n\r\t«»“”\"'()/-#@_:ﻻﺍﷺﱞ\u200C\u200D\u200E\u200F\u061C\uFEFFabcXYZhttpw\uD800\uDC00"
            .ToCharArray();

    private static Arbitrary<string> ArabicishStrings() =>
        Gen.ArrayOf(Gen.Elements(Alphabet)).Select(cs => new string(cs)).ToArbitrary();

    private static Arbitrary<string> AnyStrings() =>
        Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(cs => new string(cs)).ToArbitrary();

    [Fact]
    public void Normalising_twice_equals_normalising_once()
    {
        foreach (var normalizer in new[] { ArabicNormalizer.Matching, ArabicNormalizer.Display, ArabicNormalizer.Segmentation })
        {
            Prop.ForAll(ArabicishStrings(), s => normalizer.Normalize(normalizer.Normalize(s)) == normalizer.Normalize(s))
                .QuickCheckThrowOnFailure();
            Prop.ForAll(AnyStrings(), s => normalizer.Normalize(normalizer.Normalize(s)) == normalizer.Normalize(s))
                .QuickCheckThrowOnFailure();
        }
    }

    [Fact]
    public void Every_char_of_the_table_is_a_fixed_point()
    {
        // Exhaustive version of idempotence: normalising any single char's output changes nothing.
        foreach (var normalizer in new[] { ArabicNormalizer.Matching, ArabicNormalizer.Display, ArabicNormalizer.Segmentation })
            for (int c = 0; c < 65536; c++)
            {
                string once = normalizer.Map((char)c);
                Assert.Equal(once, normalizer.Normalize(once));
            }
    }

    [Fact]
    public void Span_and_map_forms_agree()
    {
        Prop.ForAll(ArabicishStrings(), s =>
        {
            var m = ArabicNormalizer.Matching;
            var mapped = m.NormalizeWithMap(s);
            return mapped.Text == m.Normalize(s) && mapped.Text == m.Normalize(s.AsSpan());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_span_maps_back_to_the_original_text()
    {
        Prop.ForAll(ArabicishStrings(), s =>
        {
            var doc = Support.Analyze.Text(s, new DateOnly(2018, 3, 1));
            int previousEnd = 0;
            foreach (var t in doc.Tokens)
            {
                if (t.Span.Start < previousEnd || t.Span.End > s.Length || t.Span.IsEmpty) return false;
                if (t.Span.Slice(s) != t.Surface) return false;
                if (t.Segments is { } seg && !t.Span.Contains(seg.StemSpan)) return false;
                previousEnd = t.Span.End;
            }
            foreach (var sentence in doc.Sentences)
                if (sentence.Span.End > s.Length || sentence.Span.Start < 0) return false;
            foreach (var n in doc.Numbers) if (n.Span.End > s.Length || n.Span.IsEmpty) return false;
            foreach (var d in doc.Dates) if (d.Span.End > s.Length || d.Span.IsEmpty) return false;
            // Sentences cover every token exactly once, in order.
            int next = 0;
            foreach (var sentence in doc.Sentences)
            {
                if (sentence.FirstToken != next) return false;
                next = sentence.EndToken;
            }
            return next == doc.Tokens.Count;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_unicode_never_throws()
    {
        Prop.ForAll(AnyStrings(), s =>
        {
            Support.Analyze.Text(s, new DateOnly(2018, 3, 1));
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_ten_megabyte_line_finishes()
    {
        // One line, no sentence breaks, mixed words and numbers: must not throw or go quadratic.
        var sb = new System.Text.StringBuilder(10_000_000);
        var words = new[] { "وبالجيش", "قصفت", "1,200", "٣٫٥", "البوكمال", "«", "»", "https://example.com/a", "#سوريا", "ﻻ", "ـ" };
        for (int i = 0; sb.Length < 10_000_000; i++) sb.Append(words[i % words.Length]).Append(' ');
        string text = sb.ToString();
        var task = Task.Run(() => Support.Analyze.Text(text, new DateOnly(2018, 3, 1)));
        Assert.True(task.Wait(TimeSpan.FromMinutes(2)), "analysis of a 10 MB line did not finish in 2 minutes");
        Assert.True(task.Result.Tokens.Count > 1_000_000);
    }
}
