using System.Runtime.CompilerServices;
using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>Finds trigger phrases sentence by sentence, longest first, so "وقف إطلاق النار" is an agreement, not shooting.</summary>
public sealed class TriggerRecognizer(TriggerLexicon lexicon) : IDocumentStage
{
    // Most triggers carry one lexicon row: every mention of that row shares one read-only array (readers only
    // enumerate Entries), instead of a list per mention.
    private readonly ConditionalWeakTable<TriggerEntry, TriggerEntry[]> _singles = new();

    // the matches at one token: one list per thread, cleared before each use
    [ThreadStatic] private static List<(int Last, TriggerEntry Entry)>? _found;

    public void Process(Document document)
    {
        document.Triggers.Clear();
        var tokens = document.Tokens;
        var found = _found ??= new List<(int Last, TriggerEntry Entry)>();
        foreach (var sentence in document.Sentences)
        {
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                found.Clear();
                if (lexicon.Phrases.MatchInto(tokens, i, sentence.EndToken, found) == 0)
                {
                    if (SplitByItsSubject(document, i, sentence.EndToken, sentence.Index, found) is { } split) { document.Triggers.Add(split); i = split.LastToken + 1; }
                    else i++;
                    continue;
                }
                int longest = found[0].Last;
                foreach (var f in found) if (f.Last > longest) longest = f.Last;
                // ("ضبطت الشرطة المغربية خلية إرهابية": a verb that alone is only a weak trigger — seized, of weapons — makes a
                // strong phrase with its object after the subject: the phrase wins)
                // (not a verb of killing read as its passive: "قتل جندي إسرائيلي … برصاص قناص" — the subject is the victim, no
                // agent splitting a phrase)
                if (longest == i && found.TrueForAll(f => f.Entry.Weak) && !KillingVerbs.Passive.Contains(tokens[i].LemmaWithoutArticle))
                {
                    var alone = found.ToArray();
                    if (SplitByItsSubject(document, i, sentence.EndToken, sentence.Index, found) is { } strong && strong.Entries.Any(e => !e.Weak))
                    {
                        document.Triggers.Add(strong);
                        i = strong.LastToken + 1;
                        continue;
                    }
                    found.Clear();
                    found.AddRange(alone);
                }
                var span = new TextSpan(tokens[i].Span.Start, tokens[longest].Span.End);
                bool instrumental = tokens[i].HasProclitic("ب")
                    || i > sentence.FirstToken && tokens[i - 1].Norm is "باكثر" or "بعشرات" or "بميات" or "بنحو" or "بعده" or "ب";
                document.Triggers.Add(new TriggerMention(span, i, longest, sentence.Index, EntriesOf(found, longest)) { Instrumental = instrumental });
                i = longest + 1;
            }
        }
        found.Clear();
    }

    // the verb and the words after its subject, one list per thread
    [ThreadStatic] private static List<Token>? _joined;

    /// <summary>
    /// "أطلق الجيش الإسرائيلي النار على شاب", "فتحت قوات الأمن النار": a verb phrase of the lexicon whose verb stands before
    /// its subject and its object after it (verb-subject-object), when the object alone is no trigger. The mention spans the
    /// subject, which reads as the phrase's own actor. Null when there is none.
    /// </summary>
    private TriggerMention? SplitByItsSubject(Document document, int verb, int end, int sentence, List<(int Last, TriggerEntry Entry)> found)
    {
        var tokens = document.Tokens;
        if (!tokens[verb].IsWord || !lexicon.Phrases.StartsPhrases(tokens[verb])) return null;
        // (the actors are in text order)
        var actors = document.Actors;
        int at = ExtractionContext.FirstAtOrAfter(actors, a => a.FirstToken, verb + 1);
        if (at >= actors.Count || actors[at].FirstToken != verb + 1) return null;
        var subject = actors[at];
        if (subject.LastToken - subject.FirstToken > 5) return null;
        int obj = subject.LastToken + 1;
        // (the object is a noun: "عثرت السلطات على الفتاة" joins a verb to its preposition, which says nothing of what)
        if (obj >= end || tokens[obj].Norm is "علي" or "في" or "من" or "الي" or "عن" or "مع" or "ب" or "ل") return null;
        found.Clear();
        // (an object that is a trigger alone gives way only when it is a weak one — "أطلقت حركة حماس صاروخا": a rocket
        // is a rocket fired once the verb before the subject fires it)
        bool objectWeakAlone = false;
        if (lexicon.Phrases.MatchInto(tokens, obj, end, found) > 0)
        {
            bool weakAlone = true;
            foreach (var f in found) weakAlone &= f.Entry.Weak;
            found.Clear();
            // (only after a finite verb of firing: "إطلاق الحوثيين لصواريخ", "استخدام النظام للأسلحة الكيماوية" are verbal nouns
            // of statements and charges, not the fire told)
            if (!weakAlone || !FiringVerbs.Contains(tokens[verb].LemmaWithoutArticle)) return null;
            objectWeakAlone = true;
        }
        var joined = _joined ??= new List<Token>();
        joined.Clear();
        joined.Add(tokens[verb]);
        for (int k = obj; k < Math.Min(end, obj + 4); k++) joined.Add(tokens[k]);
        int matched = lexicon.Phrases.MatchInto(joined, 0, joined.Count, found);
        joined.Clear();
        if (matched == 0) return null;
        int longest = 0;
        foreach (var f in found) if (f.Last > longest) longest = f.Last;
        if (longest == 0) { found.Clear(); return null; }
        int last = obj + longest - 1;
        var entries = EntriesOf(found, longest);
        found.Clear();
        if (!entries.All(e => e.Pos == "phrase" || e.Pos == "verb") || objectWeakAlone && entries.All(e => e.Weak)) return null;
        return new TriggerMention(new TextSpan(tokens[verb].Span.Start, tokens[last].Span.End), verb, last, sentence, entries);
    }

    private static readonly HashSet<string> FiringVerbs = new(StringComparer.Ordinal)
    {
        "اطلق", "اطلقت", "اطلقوا", "اطلقا", "يطلق", "تطلق", "يطلقون", "اطلقتا",
    };

    /// <summary>The distinct rows of the longest matches, in match order (equal rows, as records, counted once).</summary>
    private TriggerEntry[] EntriesOf(List<(int Last, TriggerEntry Entry)> found, int longest)
    {
        TriggerEntry? only = null;
        int distinct = 0;
        foreach (var (last, entry) in found)
        {
            if (last != longest) continue;
            if (distinct == 0) { only = entry; distinct = 1; }
            else if (!entry.Equals(only)) { distinct = 2; break; }
        }
        if (distinct == 1) return _singles.GetValue(only!, static e => [e]);
        var entries = new List<TriggerEntry>();
        foreach (var (last, entry) in found)
            if (last == longest && !entries.Contains(entry)) entries.Add(entry);
        return entries.ToArray();
    }
}
