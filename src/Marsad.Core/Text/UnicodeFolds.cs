using System.Globalization;
using System.Text;

namespace Marsad.Core.Text;

/// <summary>
/// The Unicode folds the text layer needs, from tables rather than from <see cref="string.Normalize()"/>: under
/// InvariantGlobalization (the marsad CLI runs so) .NET leaves non-ASCII text unnormalised, and the tests, which
/// run with ICU, would read "ﺍﻟﺤﻮﺛﻴﻴﻦ" or "Ḩadīthah" differently from the product. The tables are written by
/// scripts/generate-unicode-folds.py (UnicodeFolds.g.cs).
/// </summary>
internal static partial class UnicodeFolds
{
    /// <summary>The NFKC form of an Arabic presentation form ("ﺃ" → "أ", "ﻻ" → "لا"); null for any other character.</summary>
    public static string? PresentationForm(char c) => PresentationFormsKc.GetValueOrDefault(c);

    /// <summary>The text with the accents of Latin letters and every combining mark taken off ("Ḩadīthah" → "Hadithah").</summary>
    public static string WithoutAccents(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (LatinBases.TryGetValue(c, out var bare)) sb.Append(bare);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }
        return sb.ToString();
    }
}
