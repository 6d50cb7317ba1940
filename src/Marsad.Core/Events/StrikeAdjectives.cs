using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// The adjectives that tell a strike's means: from the air ("قصف جوي", "قصفا جويا") or from the ground ("قصف بري
/// ومدفعي", "قصفا بريا"), in all three cases.
/// </summary>
internal static class StrikeAdjectives
{
    private static readonly HashSet<string> Air = new(StringComparer.Ordinal) { "جوي", "جويه", "جويا", "جوا" };

    private static readonly HashSet<string> Ground = new(StringComparer.Ordinal)
    {
        "بري", "بريه", "بريا", "برا", "مدفعي", "مدفعيه", "مدفعيا", "صاروخي", "صاروخيه", "صاروخيا",
    };

    public static bool IsAir(Token token) => Is(token, Air);

    public static bool IsGround(Token token) => Is(token, Ground);

    // (the lemma or the word as written, with a و of coordination taken off by hand: the clitic segmenter keeps it on
    // words this short, "وبري" being a word of its own, and may read "بريا" as ب + "ريا")
    private static bool Is(Token token, HashSet<string> words) => Is(token.Lemma, words) || Is(token.Norm, words);

    private static bool Is(string word, HashSet<string> words)
    {
        word = WithoutArticle(word);
        return words.Contains(word) || word.Length > 3 && word[0] == 'و' && words.Contains(WithoutArticle(word[1..]));
    }

    private static string WithoutArticle(string lemma) =>
        lemma.StartsWith("ال", StringComparison.Ordinal) && lemma.Length > 4 ? lemma[2..] : lemma;
}
