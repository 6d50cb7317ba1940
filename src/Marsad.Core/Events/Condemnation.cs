using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// "نددت الكويت بإطلاق صواريخ", "أعرب عن استنكاره للتفجير": a verb of condemning, or one of voicing followed by "عن"
/// and a noun of condemning. Who condemns reacts to an event: no party to it, and not who tells of it. So does who
/// welcomes, blesses or praises it ("ورحبت حركتا حماس والجهاد الإسلامي بالعملية", "باركت الفصائل العملية").
/// </summary>
public static class Condemnation
{
    private static readonly string[] CondemningNouns = ["استنكار", "ادان", "تنديد", "شجب"];

    private static readonly HashSet<string> CondemningVerbs = new(StringComparer.Ordinal)
    {
        "ادان", "ادانت", "ادانوا", "يدين", "تدين", "دان", "دانت", "ندد", "نددت", "نددوا", "يندد", "تندد", "استنكر", "استنكرت",
        "يستنكر", "تستنكر", "استنكروا", "شجب", "شجبت", "شجبوا",
        "رحب", "رحبت", "رحبوا", "يرحب", "ترحب", "بارك", "باركت", "باركوا", "يبارك", "اشاد", "اشادت", "اشادوا", "يشيد", "تشيد",
    };

    /// <summary>Whether the token at <paramref name="cue"/> opens a condemnation ("أعرب عن استنكاره", "عبرت عن
    /// إدانتها", "أعرب فيه عن استنكاره").</summary>
    public static bool At(IReadOnlyList<Token> tokens, int cue)
    {
        if ((uint)cue >= (uint)tokens.Count) return false;
        if (CondemningVerbs.Contains(tokens[cue].NormWithoutWa)) return true;
        int about = cue + 1 < tokens.Count && tokens[cue + 1].Norm is "فيه" or "فيها" or "خلاله" or "خلالها" ? cue + 2 : cue + 1;
        if (about + 1 >= tokens.Count || tokens[about].Norm != "عن") return false;
        // (a loop, not a lambda: a closure over "about" would be allocated at every call)
        string noun = tokens[about + 1].Norm;
        foreach (string n in CondemningNouns)
            if (noun.StartsWith(n, StringComparison.Ordinal)) return true;
        return false;
    }
}
