using Marsad.Core.Text;

namespace Marsad.Core.Events;

// Bases lent for strikes: a permission, not a strike.
internal sealed partial class ExtractionContext
{
    /// <summary>
    /// "سمحت تركيا للولايات المتحدة باستخدام قاعدة إنجرليك في شن غارات على التنظيم", "وسمحت أنقرة للتحالف باستخدام قواعدها
    /// الجوية لقصف المتشددين": the strikes a state lets another launch from its bases or over its skies are what the
    /// permission is for — no strike told, even after the past "سمحت" (and the base is no scene).
    /// </summary>
    private bool BasesLentFor(Sentence s, TriggerMention t)
    {
        int from = Math.Max(s.FirstToken - 1, t.FirstToken - 22);
        for (int k = t.FirstToken - 1; k > from; k--)
        {
            var token = Tokens[k];
            if (token.Surface is "." or "؛" or ";" or ":") return false;
            if (token.NormWithoutWa is not ("باستخدام" or "استخدام" or "للاستخدام" or "لاستخدام")) continue;
            // (the bases named after the word of use, "باستخدام قاعدة إنجرليك", or before it: "قاعدة انجرليك ستفتح … امام
            // القوات الامريكية للاستخدام في شن غارات")
            bool bases = false;
            for (int j = Math.Max(s.FirstToken, k - 14); j < Math.Min(t.FirstToken, k + 5) && !bases; j++)
                bases = j != k && (BaseWords.Contains(Tokens[j].LemmaWithoutArticle) || BaseWords.Contains(Tokens[j].Norm));
            if (!bases) return false;
            for (int j = k - 1; j >= Math.Max(s.FirstToken, k - 12); j--)
                if (PermissionWords.Contains(Tokens[j].NormWithoutWa) || Tokens[j].HasProclitic("س") && Tokens[j].NormWithoutWa.EndsWith("فتح", StringComparison.Ordinal))
                    return true;
            return false;
        }
        return false;
    }

    private static readonly HashSet<string> BaseWords = new(StringComparer.Ordinal)
    {
        "قاعده", "قواعد", "قواعدها", "القواعد", "قاعدتي", "اجواء", "اجوايها", "المجال", "مجالها", "مطارات", "مطاراتها",
    };

    private static readonly HashSet<string> PermissionWords = new(StringComparer.Ordinal)
    {
        "سمح", "سمحت", "يسمح", "تسمح", "السماح", "بالسماح", "اذنت", "تاذن", "اتاحت", "تتيح", "فتحت", "تفتح", "يفتح", "فتح",
    };
}
