namespace Marsad.Core.Events;

/// <summary>Finds trigger phrases sentence by sentence, longest first, so "وقف إطلاق النار" is an agreement, not shooting.</summary>
public sealed class TriggerRecognizer(TriggerLexicon lexicon) : IDocumentStage
{
    public void Process(Document document)
    {
        document.Triggers.Clear();
        var tokens = document.Tokens;
        var found = new List<(int Last, TriggerEntry Entry)>();
        foreach (var sentence in document.Sentences)
        {
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                found.Clear();
                if (lexicon.Phrases.MatchInto(tokens, i, sentence.EndToken, found) == 0) { i++; continue; }
                int longest = found[0].Last;
                foreach (var f in found) if (f.Last > longest) longest = f.Last;
                var entries = new List<TriggerEntry>();
                foreach (var (last, entry) in found)
                    if (last == longest && !entries.Contains(entry)) entries.Add(entry);
                var span = new TextSpan(tokens[i].Span.Start, tokens[longest].Span.End);
                bool instrumental = tokens[i].Form.Analysis is { } a && a.Proclitics.Contains("ب")
                    || i > sentence.FirstToken && tokens[i - 1].Norm is "باكثر" or "بعشرات" or "بمئات" or "بنحو" or "بعده" or "ب";
                document.Triggers.Add(new TriggerMention(span, i, longest, sentence.Index, entries) { Instrumental = instrumental });
                i = longest + 1;
            }
        }
    }
}
