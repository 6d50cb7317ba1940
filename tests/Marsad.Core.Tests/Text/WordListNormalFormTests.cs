using System.Reflection;
using Marsad.Core.Text;

namespace Marsad.Core.Tests.Text;

/// <summary>
/// The stages compare words by their matching form (Token.Norm, Token.Lemma): ة is written ه, ى ي, أ/إ/آ ا, ئ ي and
/// ؤ و. A word list written with the letters of the page ("قذائف", "طائرات") holds forms no token can have, and its
/// entries silently never match. Every word set of the core must be written as the matcher reads.
/// </summary>
public class WordListNormalFormTests
{
    // Sets that are compared with text as written, not with a matching form.
    private static readonly HashSet<string> SurfaceSets = new(StringComparer.Ordinal)
    {
        "CliticSegmenter.TakesYaEnclitic",   // dictionary forms of the segmenter, which keep ة and ى
        "SentenceSplitter.Abbreviations",    // the page's own abbreviations ("هـ", "أ"), before normalising
    };

    [Fact]
    public void Every_word_set_of_the_core_is_in_matching_form()
    {
        var wrong = new List<string>();
        foreach (var type in typeof(ArabicNormalizer).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                // (declared as a set or a read-only set, built as a HashSet)
                if (!typeof(IEnumerable<string>).IsAssignableFrom(field.FieldType) || SurfaceSets.Contains($"{type.Name}.{field.Name}")) continue;
                if (field.GetValue(null) is not HashSet<string> set) continue;
                foreach (var word in set.Where(w => w.Any(c => c is >= '\u0600' and <= '\u06FF')))   // (Arabic words only)
                    if (ArabicNormalizer.Matching.Normalize(word) != word) wrong.Add($"{type.Name}.{field.Name}: \"{word}\"");
            }
        Assert.True(wrong.Count == 0, "word forms no token can have:\n" + string.Join("\n", wrong));
    }
}
