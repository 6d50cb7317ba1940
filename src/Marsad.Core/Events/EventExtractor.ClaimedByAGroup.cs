using Marsad.Core.Actors;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "دانت السعودية الهجوم الانتحاري على مقر المفوضية … في طرابلس. وكان تنظيم داعش أعلن مسؤوليته عن التفجيرين …
    /// في العاصمة الليبية طرابلس": an attack no one is named for, that an armed group claimed ("أعلن مسؤوليته عن"), is
    /// that group's — when the claim names the attack's place, or no place at all.
    /// </summary>
    private static List<ExtractedEvent> ClaimedByAGroup(List<ExtractedEvent> events, ExtractionContext context)
    {
        if (!events.Exists(Unclaimed)) return events;
        var document = context.Document;
        var tokens = document.Tokens;
        for (int k = 1; k < tokens.Count; k++)
        {
            // ("أعلن مسؤوليته عن", and "فيما تبنى تنظيم ولاية سيناء الهجوم": the act itself adopted)
            bool responsibility = tokens[k].Norm is "مسووليته" or "مسووليتها" or "مسووليتهم" or "المسووليه";
            bool adopted = !responsibility && tokens[k].Norm is "الهجوم" or "التفجير" or "العمليه" or "الهجمات" or "التفجيرات" or "التفجيرين" or "الاعتداء";
            // ("الهجوم الانتحاري الذي تبناه تنظيم داعش": the act adopted by the group named right after the verb)
            bool adoptedIt = !responsibility && !adopted && tokens[k].NormWithoutWa is "تبناه" or "تبنته" or "تبناها" or "تبنوه" or "تبنتها";
            if (!responsibility && !adopted && !adoptedIt) continue;
            if (document.SentenceAt(tokens[k].Span.Start) is not { } sentence) continue;
            int verb = adoptedIt ? k : VerbBefore(tokens, sentence, k, responsibility ? ClaimingVerbs : AdoptingVerbs, 6);
            // ("أعلن تنظيم داعش الإرهابي في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته": the statement's where and when
            // may stand between the group and its claim — then the group is the verb's subject, right after it)
            bool far = false;
            if (verb < 0 && responsibility)
            {
                verb = VerbBefore(tokens, sentence, k, ClaimingVerbs, 16);
                far = verb >= 0;
            }
            // (not a claim of long ago: "حركة حسم التي أعلنت مسؤوليتها عن العديد من الهجمات … منذ منتصف عام 2016")
            if (verb < 0 || context.IsBackground(sentence)) continue;
            // (the subject after the verb, "أعلنت حركة الشباب المرتبطة بالقاعدة مسؤوليتها" — the group, not its affiliation;
            // else the one right before it, "وكان تنظيم داعش أعلن مسؤوليته")
            static bool Armed(ActorMention a) => a.Actor.Inter is 2 or 3 or 4 && !a.Actor.IsUnidentified;
            var claimer = adoptedIt || far ? context.Actors.FirstOrDefault(a => a.FirstToken == verb + 1 && Armed(a))
                : context.Actors.FirstOrDefault(a => a.FirstToken > verb && a.LastToken < k && Armed(a))
                  ?? context.Actors.LastOrDefault(a => a.LastToken < verb && verb - a.LastToken <= 3 && a.FirstToken >= sentence.FirstToken && Armed(a));
            if (claimer is null) continue;
            var places = document.Places.Where(p => p.Place is not null && sentence.Span.Contains(p.Span) && !ExtractionContext.IsCountry(p)).ToList();
            // (a claim that names no place claims the article's one unclaimed attack, not one of several)
            var unclaimed = Enumerable.Range(0, events.Count).Where(i => Unclaimed(events[i])).ToList();
            if (places.Count == 0 && unclaimed.Count != 1) continue;
            foreach (int i in unclaimed)
            {
                var e = events[i];
                var where = e.Location!.Place!;
                if (places.Count > 0 && !places.Exists(p => p.Place!.GeonameId == where.GeonameId)) continue;
                var group = context.Code(claimer.Actor, where.CountryCode);
                // (the group read as the side hit, "الهجوم … الذي تبناه تنظيم داعش", is the side that hit)
                events[i] = e with { Actor1 = group, Actor2 = e.Actor2?.PlainName == group?.PlainName ? null : e.Actor2 };
            }
        }
        return events;
    }

    // An attack on the ground (a bombing, a suicide attack, an attack on civilians) no one is named for; not a strike from
    // the air or by shells, which armed groups claim far less often than they are blamed for.
    private static bool Unclaimed(ExtractedEvent e) =>
        e is { Actor1.IsUnidentified: true, Location.Place: not null }
        && (e.EventType == AcledTaxonomy.ViolenceAgainstCivilians || e.SubEventType is "Suicide bomb" or "Remote explosive/landmine/IED");

    // "أعلن تنظيم داعش مسؤوليته", "وكان التنظيم أعلن مسؤوليته", "تبنت الجماعة المسؤولية": a verb of claiming a few words before.
    private static readonly HashSet<string> ClaimingVerbs = new(StringComparer.Ordinal)
    {
        "اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "تبني", "تبنت", "تبنوا", "يتبني", "تتبني", "واعلن", "واعلنت", "وتبني", "وتبنت",
    };

    // "وتبنت حركة الشباب الهجوم", "فيما تبنى تنظيم ولاية سيناء التفجير": a verb of adopting the act itself.
    private static readonly HashSet<string> AdoptingVerbs = new(StringComparer.Ordinal)
    {
        "تبني", "تبنت", "تبنوا", "يتبني", "تتبني", "وتبني", "وتبنت",
    };

    // The nearest word of the set at most <paramref name="reach"/> words before k in its sentence, or -1.
    private static int VerbBefore(List<Text.Token> tokens, Text.Sentence sentence, int k, HashSet<string> verbs, int reach)
    {
        for (int i = k - 1; i >= Math.Max(sentence.FirstToken, k - reach); i--)
            if (verbs.Contains(tokens[i].Norm)) return i;
        return -1;
    }
}
