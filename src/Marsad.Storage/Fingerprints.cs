using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Marsad.Core.Text;

namespace Marsad.Storage;

/// <summary>
/// Article fingerprints: an exact content hash (SHA-256 of the title and text after the matching normalisation
/// and whitespace collapsing, so re-encoded or re-spaced copies count as the same article) and a 64-bit SimHash
/// over word 3-shingles of the matching-normalised words (Charikar 2002; Manku et al. 2007 use 64 bits, k = 3).
/// </summary>
public static class Fingerprints
{
    private static readonly Tokenizer Tokenizer = new();

    /// <summary>Shingles below this many give no SimHash (0): too little text to call a near duplicate.</summary>
    public const int MinShingles = 8;

    public static string ContentHash(string? title, string text)
    {
        var sb = new StringBuilder(text.Length + 64);
        foreach (var part in new[] { title ?? "", text })
        {
            bool space = true;
            foreach (char c in ArabicNormalizer.Matching.Normalize(part))
            {
                if (char.IsWhiteSpace(c)) { if (!space) { sb.Append(' '); space = true; } }
                else { sb.Append(c); space = false; }
            }
            sb.Append('\u0001');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>The normalised words of a text (Arabic and Latin words, numbers).</summary>
    public static List<string> Words(IEnumerable<Token> tokens) =>
        tokens.Where(t => t.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number).Select(t => t.Norm).ToList();

    public static ulong SimHash(string text) => SimHash(Words(Tokenizer.Tokenize(text)));

    public static ulong SimHash(IReadOnlyList<string> words)
    {
        int shingles = words.Count - 2;
        if (shingles < MinShingles) return 0;
        Span<int> v = stackalloc int[64];
        for (int i = 0; i < shingles; i++)
        {
            ulong h = Mix(Fnv(words[i]) ^ Rotate(Fnv(words[i + 1]), 21) ^ Rotate(Fnv(words[i + 2]), 42));
            for (int b = 0; b < 64; b++) v[b] += ((h >> b) & 1) != 0 ? 1 : -1;
        }
        ulong result = 0;
        for (int b = 0; b < 64; b++) if (v[b] > 0) result |= 1UL << b;
        return result == 0 ? 1 : result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    private static ulong Rotate(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong Fnv(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    // splitmix64's finaliser: spreads the bits so each shingle votes on all 64 independently.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
