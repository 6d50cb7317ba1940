using System.Text;
using Marsad.Core.Text;

namespace Marsad.Core.Geo;

/// <summary>
/// How names become index keys: the matching-profile normalisation (ة→ه, ى→ي, hamza seats, harakat, Latin case),
/// punctuation and hyphens as spaces, single spaces between words. Arabic names are also indexed without the
/// article and with the spaces removed (البو كمال / البوكمال).
/// </summary>
public static class GazetteerKeys
{
    public static string Normalize(string name)
    {
        string n = ArabicNormalizer.Matching.Normalize(name);
        var sb = new StringBuilder(n.Length);
        bool space = false;
        foreach (char c in n)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            else space = true;
        }
        return sb.ToString();
    }

    public static bool IsArabic(string s)
    {
        foreach (char c in s) if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF') return true;
        return false;
    }

    /// <summary>All keys under which an Arabic name is indexed.</summary>
    public static IEnumerable<string> ArabicVariants(string name)
    {
        string k = Normalize(name);
        if (CountLetters(k) < 3) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in Core(k))
        {
            if (seen.Add(v)) yield return v;
            string joined = v.Replace(" ", "");
            if (joined != v && seen.Add(joined)) yield return joined;
        }

        static IEnumerable<string> Core(string k)
        {
            yield return k;
            if (k.StartsWith("ال", StringComparison.Ordinal) && CountLetters(k) >= 5) yield return k[2..];
        }
    }

    /// <summary>
    /// The key of a two-letter name written with a hamza seat, as written ("إب", Ibb): too short for a matching key —
    /// "اب" is also the word for father — but unmistakable with its hamza. Null for any other name.
    /// </summary>
    public static string? AsWrittenKey(string name)
    {
        string s = ArabicNormalizer.Segmentation.Normalize(name.Trim());
        return s.Length == 2 && IsArabic(s) && CountLetters(s) == 2 && s.AsSpan().IndexOfAny("أإآ") >= 0 ? AsWrittenPrefix + s : null;
    }

    /// <summary>What every <see cref="AsWrittenKey"/> starts with (no matching key can: they hold letters and digits only).</summary>
    public const string AsWrittenPrefix = "=";

    public static IEnumerable<string> LatinVariants(string name)
    {
        string k = Normalize(name);
        if (CountLetters(k) < 3) yield break;
        yield return k;
        string joined = k.Replace(" ", "");
        if (joined != k) yield return joined;
    }

    public static int CountLetters(string s)
    {
        int n = 0;
        foreach (char c in s) if (char.IsLetter(c)) n++;
        return n;
    }
}
