using System.Runtime.CompilerServices;

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
                if (lexicon.Phrases.MatchInto(tokens, i, sentence.EndToken, found) == 0) { i++; continue; }
                int longest = found[0].Last;
                foreach (var f in found) if (f.Last > longest) longest = f.Last;
                var span = new TextSpan(tokens[i].Span.Start, tokens[longest].Span.End);
                bool instrumental = tokens[i].HasProclitic("ب")
                    || i > sentence.FirstToken && tokens[i - 1].Norm is "باكثر" or "بعشرات" or "بميات" or "بنحو" or "بعده" or "ب";
                document.Triggers.Add(new TriggerMention(span, i, longest, sentence.Index, EntriesOf(found, longest)) { Instrumental = instrumental });
                i = longest + 1;
            }
        }
        found.Clear();
    }

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
