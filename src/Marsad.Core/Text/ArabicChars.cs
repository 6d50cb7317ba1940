namespace Marsad.Core.Text;

/// <summary>Character classes the tokeniser and splitter share.</summary>
public static class ArabicChars
{
    [Flags]
    private enum Class : byte { None = 0, ArabicWord = 1 }

    // One table lookup per character instead of a chain of range tests: the tokeniser's inner loop.
    private static readonly Class[] Table = BuildTable();

    private static Class[] BuildTable()
    {
        var table = new Class[65536];
        for (int c = 0; c < table.Length; c++)
            if (IsArabicWordCharSlow((char)c)) table[c] |= Class.ArabicWord;
        return table;
    }

    /// <summary>A character that belongs inside an Arabic word: letters, marks, tatweel, presentation forms.</summary>
    public static bool IsArabicWordChar(char c) => (Table[c] & Class.ArabicWord) != 0;

    private static bool IsArabicWordCharSlow(char c) =>
        c is >= '\u0621' and <= '\u063A'
        or >= '\u0640' and <= '\u065F'
        or >= '\u066E' and <= '\u06D3'
        or '\u06D5'
        or >= '\u06D6' and <= '\u06ED'
        or >= '\u06FA' and <= '\u06FF'
        or >= '\u0610' and <= '\u061A'
        or >= '\u0750' and <= '\u077F'
        or >= '\u08A0' and <= '\u08FF'
        or >= '\uFB50' and <= '\uFD3D'
        or >= '\uFD50' and <= '\uFDFB'
        or >= '\uFE70' and <= '\uFEFC';

    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9';

    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    /// <summary>Joiners and bidi marks that may sit inside a word without ending it.</summary>
    public static bool IsInWordInvisible(char c) => c is '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C';

    public static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c > '\u00BF' && c < '\u0250' && char.IsLetter(c));
}
