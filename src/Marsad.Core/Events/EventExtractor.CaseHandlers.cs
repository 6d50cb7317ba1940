using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "باشرت الجهات الأمنية بالرياض حادثة العثور على جثة", "حيث تولت التحقيقات فيها الأجهزة الأمنية": the police who
    /// took up a case, or investigate it, are its handlers — never the ones who did the killing or the shooting they
    /// look into. True when the state force is the subject of a verb of taking up a case, up to four words after it.
    /// </summary>
    private static bool HandlesTheCase(Document document, Sentence sentence, ActorMention force)
    {
        if (force.Actor.Kind != "police") return false;
        for (int k = force.FirstToken - 1; k >= Math.Max(sentence.FirstToken, force.FirstToken - 4); k--)
        {
            var t = document.Tokens[k];
            if (!t.IsWord) return false;
            if (CaseTakingVerbs.Contains(t.NormWithoutWa)) return true;
        }
        return false;
    }

    // Verbs of taking up a case or an inquiry ("باشرت الشرطة الحادث", "تتولى التحقيق"), normalised.
    private static readonly HashSet<string> CaseTakingVerbs = new(StringComparer.Ordinal)
    {
        "باشر", "باشرت", "باشروا", "يباشر", "تباشر", "يباشرون", "تولي", "تولت", "تولوا", "يتولي", "تتولي", "يتولون",
    };
}
