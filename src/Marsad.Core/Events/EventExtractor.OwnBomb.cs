using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "مقتل 7 من عناصر داعش بانفجار عجلة أثناء محاولتهم تفخيخها", "انفجرت عبوة أثناء زرعها فقتل ثلاثة من المسلحين": a bomb
    /// that went off while its makers rigged, planted or carried it is the armed group's own explosion — ACLED's remote
    /// explosive with the group as actor 1 and no one else — not a clash with whoever announced their deaths.
    /// </summary>
    private static ExtractedEvent OwnBombWentOff(Document document, ExtractedEvent e)
    {
        if (e.SubEventType is not (AcledTaxonomy.ArmedClash or "Remote explosive/landmine/IED") || e.Actor2 is not { Inter: 2 or 3 } makers
            || document.SentenceAt(TriggerOf(e).Start) is not { } sentence || !RiggingWhenItBlew(document, sentence)) return e;
        return e with
        {
            EventType = AcledTaxonomy.Explosions, SubEventType = "Remote explosive/landmine/IED", Actor1 = makers, AssocActor1 = e.AssocActor2,
            Actor2 = null, AssocActor2 = Array.Empty<Actors.ActorRef>(),
        };
    }

    // An explosion word, then "أثناء/خلال/لدى/عند" with (up to two words later: "محاولتهم", "قيامهم ب") a noun of rigging,
    // planting, making or carrying a bomb.
    private static bool RiggingWhenItBlew(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        bool blast = false;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            string lemma = BareLemma(tokens[i]);
            if (lemma is "انفجار" or "انفجرت" or "انفجر" or "تفجير") blast = true;
            if (!blast || tokens[i].Norm is not ("اثناء" or "خلال" or "لدي" or "عند")) continue;
            for (int k = i + 1; k < Math.Min(sentence.EndToken, i + 4); k++)
                if (RiggingNouns.Any(n => BareLemma(tokens[k]).StartsWith(n, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static readonly string[] RiggingNouns = ["تفخيخ", "زرع", "تصنيع", "اعداد", "تجهيز", "تركيب", "نقل", "تحضير"];
}
