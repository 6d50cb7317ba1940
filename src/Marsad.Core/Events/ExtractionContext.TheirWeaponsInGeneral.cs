using Marsad.Core.Text;

namespace Marsad.Core.Events;

// Their weapons in general: what a side does with its arms as a habit, told in an opinion's present.
internal sealed partial class ExtractionContext
{
    /// <summary>
    /// "وتوجه أحزمتهم الناسفة ومتفجراتهم صوب أبناء المسلمين، يقتلون الأطفال والنساء": a weapon noun owned by "them",
    /// governed by a verb of the present, in a sentence that names no place and no date, is what such men do — a habit
    /// an opinion speaks of, no act of a day.
    /// </summary>
    private bool TheirWeaponsInGeneral(Sentence s, TriggerMention t)
    {
        if (t.Entries.Any(e => e.Pos == "verb") || Tokens[t.FirstToken].Form.Analysis is not { Enclitic: "هم" }) return false;
        int verb = t.FirstToken - 1;
        if (verb < s.FirstToken || !PresentVerb(Tokens[verb])) return false;
        return !Within(_places, p => p.FirstToken, s.FirstToken, s.EndToken).Any()
               && !Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any();
    }

    // An imperfect verb of the third person: "توجه", "يوجهون", "تطلق" (its prefix read off the bare word).
    private static bool PresentVerb(Token token)
    {
        string w = token.NormWithoutWa;
        return w.Length >= 3 && w[0] is 'ي' or 'ت' && token.Form.Analysis is not { HasArticle: true };
    }
}
