namespace Marsad.Core.Text;

/// <summary>
/// Conjunctions that open a contrasted clause — "في حين", "بينما", "فيما", "في المقابل": what follows tells another
/// event, with its own sides and places ("قصف المتمردون قرى الجريبة، في حين أفشلت القوات هجوما في منطقة الجاح"). So does
/// "إثر/عقب إعلان…", the announcement an act followed ("شنت إسرائيل غارات … إثر إعلانها أنها اعترضت طائرة إيرانية").
/// </summary>
public static class ContrastClause
{
    /// <summary>The width in tokens of such a conjunction at token <paramref name="i"/> (before <paramref name="end"/>), or 0.</summary>
    public static int WidthAt(IReadOnlyList<Token> tokens, int i, int end)
    {
        string norm = tokens[i].Norm;
        if (norm is "فيما" or "وفيما" or "بينما" or "وبينما") return 1;
        if (norm is "اثر" or "عقب" && i + 1 < end && tokens[i + 1].Norm.StartsWith("اعلان", System.StringComparison.Ordinal)) return 1;
        if (i + 1 < end && norm is "في" or "وفي" && tokens[i + 1].Norm is "حين" or "المقابل") return 2;
        return 0;
    }

    /// <summary>
    /// True when "بينما", "في حين" or "في المقابل" stands between the tokens: a sharper contrast than "فيما", which also
    /// joins what goes with the act ("وتواصل قوات النظام قصفها لدوما، فيما أرغم القصف الجوي سكانها على الاختباء").
    /// </summary>
    public static bool SharplyBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (WidthAt(tokens, i, to) > 0 && tokens[i].Norm is not ("فيما" or "وفيما" or "اثر" or "عقب")) return true;
        return false;
    }

    /// <summary>True when such a conjunction stands strictly between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool Between(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (WidthAt(tokens, i, to) > 0) return true;
        return false;
    }
}
