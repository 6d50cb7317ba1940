using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "العملية الإرهابية التي استهدفت المصلين بمسجد قوات الطوارئ بعسير": the worshippers of a force's mosque are its men
    /// at prayer — the force is the side hit, not civilians. The mosque follows the worshippers ("بمسجد", "في مسجد"), and
    /// the force the mosque, or its base or command ("بمسجد مقر قوات الطوارئ").
    /// </summary>
    private static ActorMention? ForceAtPrayer(Document document, Sentence sentence, ActorMention hit)
    {
        var tokens = document.Tokens;
        if (hit.Actor.Inter != 7 || !WorshipperWords.Contains(tokens[hit.LastToken].Norm)) return null;
        int k = hit.LastToken + 1;
        if (k < sentence.EndToken && tokens[k].Norm == "في") k++;
        else if (!(k < sentence.EndToken && tokens[k].HasProclitic("ب"))) return null;
        if (k >= sentence.EndToken || BareLemma(tokens[k]) != "مسجد") return null;
        int owner = k + 1;
        if (owner < sentence.EndToken && tokens[owner].Norm is "مقر" or "قياده" or "معسكر") owner++;
        return document.Actors.Find(a => a.FirstToken == owner && a.Actor.Inter is 1 or 8 && a.Actor.Kind is "military" or "police");
    }
}
