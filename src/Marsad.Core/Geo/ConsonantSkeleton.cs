using System.Text;
using Marsad.Core.Text;

namespace Marsad.Core.Geo;

/// <summary>
/// The consonants of a place name as classes both scripts share, so that an Arabic rendering of a foreign town
/// the gazetteer knows only in Latin letters ("سوروج" / "سوروتش" → Suruç, "جيلان بينار" → Ceylanpınar, "فيرجسون" →
/// Ferguson) can be found by its sound. Vowels, ع and hamza drop out; letters Arabic writes alike fall together
/// (ت ط ث, د ض ذ, س ص, ز ظ, ح ه خ) and so do the stops the press renders several ways (ج غ ك ق for g, j, k, q, ç).
/// </summary>
public static class ConsonantSkeleton
{
    /// <summary>The skeleton of an Arabic name (matching-normalised, spaces ignored), article dropped.</summary>
    public static string OfArabic(string name)
    {
        string s = name.Replace(" ", "");
        if (s.StartsWith("ال", StringComparison.Ordinal) && s.Length > 4) s = s[2..];
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            // ("تش" renders ch and ç: سوروتش)
            if (c == 'ت' && i + 1 < s.Length && s[i + 1] == 'ش') { Add(sb, 'K'); i++; continue; }
            // (a final ه is the feminine ending or a silent h)
            if (c == 'ه' && i == s.Length - 1) continue;
            char k = c switch
            {
                'ب' or 'پ' => 'B',
                'ت' or 'ط' or 'ث' => 'T',
                'ج' or 'غ' or 'ك' or 'ق' or 'گ' or 'چ' => 'K',
                'ح' or 'ه' or 'خ' => 'H',
                'د' or 'ض' or 'ذ' => 'D',
                'ر' => 'R',
                'ز' or 'ظ' => 'Z',
                'س' or 'ص' => 'S',
                'ش' => 'X',
                'ف' or 'ڤ' => 'F',
                'ل' => 'L',
                'م' => 'M',
                'ن' => 'N',
                _ => '\0',   // vowels and semivowels (ا و ي ى), ع, hamza
            };
            if (k != '\0') Add(sb, k);
        }
        return sb.ToString();
    }

    /// <summary>The skeleton of a Latin name; Turkish (and Azeri) c is j, as the press writes it in Arabic (ليجي for Lice).</summary>
    public static string OfLatin(string name, string countryCode)
    {
        string s = name.ToLowerInvariant();
        bool turkic = countryCode is "TR" or "AZ";
        // ç ş ğ ı keep their identity before the accents go
        s = s.Replace("ç", "ch").Replace("ş", "sh").Replace("ğ", "").Replace("ı", "i");
        s = UnicodeFolds.WithoutAccents(s);
        // an Arabic article in a Latin name ("Al Jahra", "Ad Dali'", "El Kef")
        if (s.Length > 5 && (s[0] is 'a' or 'e') && s[2] is ' ' or '-' && s[1] is 'l' or 'd' or 'n' or 'r' or 's' or 't' or 'z' && !turkic) s = s[3..];
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i], next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c is 'c' or 's' or 'k' or 'g' or 'p' or 'd' or 't' && next == 'h')
            {
                Add(sb, c switch { 'c' => 'K', 's' => 'X', 'k' => 'H', 'g' => 'K', 'p' => 'F', 'd' => 'D', _ => 'T' });
                i++;
                continue;
            }
            // (a final h after a vowel is silent: "Hillah")
            if (c == 'h' && (next is '\0' or ' ' or '-' or '\'') && i > 0 && IsVowel(s[i - 1])) continue;
            char k = c switch
            {
                'b' or 'p' => 'B',
                't' => 'T',
                'j' or 'g' or 'k' or 'q' => 'K',
                'c' => turkic ? 'K' : next is 'e' or 'i' or 'y' ? 'S' : 'K',
                'h' => 'H',
                'd' => 'D',
                'r' => 'R',
                'z' => 'Z',
                's' => 'S',
                'f' or 'v' => 'F',
                'l' => 'L',
                'm' => 'M',
                'n' => 'N',
                'x' => 'S',
                _ => '\0',
            };
            if (c == 'x') Add(sb, 'K');
            if (k != '\0') Add(sb, k);
        }
        return sb.ToString();
    }

    // Doubled consonants are one (Arabic writes no shadda in the press; "Hillah" has two l's).
    private static void Add(StringBuilder sb, char k)
    {
        if (sb.Length == 0 || sb[^1] != k) sb.Append(k);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
