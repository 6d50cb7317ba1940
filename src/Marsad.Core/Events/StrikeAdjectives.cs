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

    public static bool IsAir(Token token) => Is(token, AirLookup);

    public static bool IsGround(Token token) => Is(token, GroundLookup);

    // (looked up as spans: every word near a strike is asked, and cutting strings would allocate for each)
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AirLookup = Air.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroundLookup = Ground.GetAlternateLookup<ReadOnlySpan<char>>();

    // (the lemma or the word as written, with a و of coordination taken off by hand: the clitic segmenter keeps it on
    // words this short, "وبري" being a word of its own, and may read "بريا" as ب + "ريا")
    private static bool Is(Token token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        Is(token.Lemma, words) || Is(token.Norm, words);

    private static bool Is(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        word = WithoutArticle(word);
        return words.Contains(word) || word.Length > 3 && word[0] == 'و' && words.Contains(WithoutArticle(word[1..]));
    }

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> word) =>
        word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 4 ? word[2..] : word;
}
