namespace Marsad.Core.Events;

/// <summary>Marks every cue (reporting verbs, negation, future, killed, place words …) of a document, sentence by sentence.</summary>
public sealed class CueRecognizer(CueLexicon cues) : IDocumentStage
{
    // the matches at one token: one list per thread, cleared before each use
    [ThreadStatic] private static List<(int Last, CueClass Class)>? _found;

    public void Process(Document document)
    {
        var marks = CueMarks.Filling(document.Tokens.Count);
        var found = _found ??= new List<(int Last, CueClass Class)>();
        foreach (var sentence in document.Sentences)
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                found.Clear();
                if (cues.All.MatchInto(document.Tokens, i, sentence.EndToken, found) == 0) continue;
                foreach (var (last, cls) in found) marks.Add(i, cls, last);
            }
        document.Cues = marks.Seal();
    }
}
