using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "وأعلن الجيش المصري عن مقتل ثمانية عناصر تكفيرية … إثر قصف جوي لمروحيات الأباتشي": a strike or shelling noun that
    /// follows "في/إثر/جراء" or its ب, with no side named after it as its owner, whose clause reads the armed men counted
    /// dead before it as its subject — in a sentence that reports an armed state force's statement: the force struck
    /// them. The force, or null.
    /// </summary>
    private static ActorMention? StruckByTheAnnouncer(ExtractionContext context, Sentence sentence, TriggerMention trigger, Roles roles)
    {
        var document = context.Document;
        if (!trigger.Entries.All(e => e.EventType == AcledTaxonomy.Explosions && e.Pos != "verb" && (e.IsBombardment || e.SubEventType == AcledTaxonomy.AirStrike))) return null;
        if (!(trigger.Instrumental || trigger.FirstToken > sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].Norm is "في" or "جراء" or "اثر")) return null;
        // (whoever the clause names after the strike — "بعد أن تلقت أجهزة الأمن معلومات" — is no side of it here)
        if (roles is not { Actor1: { Actor: { Inter: 2 or 3 or 4 } } dead } || dead.LastToken >= trigger.FirstToken || roles.Actor2?.FirstToken < trigger.FirstToken) return null;
        if (!DeathRightBefore(document, sentence, dead)) return null;
        return context.ArmedStateAuthor(sentence) is { } author && !SameForce(author.Actor, dead.Actor) && !context.Sides.Allied(author.Actor, dead.Actor) ? author : null;
    }

    // "مقتل ثمانية عناصر تكفيرية", "مقتل 52 تكفيريا": a noun of death, the count between, right before the side.
    private static bool DeathRightBefore(Document document, Sentence sentence, ActorMention side)
    {
        int k = PastTheCountEndingAt(document, side.FirstToken - 1);
        return k >= sentence.FirstToken && k < side.FirstToken && BareLemma(document.Tokens[k]) is "مقتل" or "مصرع" or "قتل";
    }
}
