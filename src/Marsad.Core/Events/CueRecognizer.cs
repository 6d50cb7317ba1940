namespace Marsad.Core.Events;

/// <summary>Marks every cue (reporting verbs, negation, future, killed, place words …) of a document, sentence by sentence.</summary>
public sealed class CueRecognizer(CueLexicon cues) : IDocumentStage
{
    public void Process(Document document)
    {
        var marks = new CueMarks(document.Tokens.Count);
        foreach (var sentence in document.Sentences)
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!cues.All.MayStartAt(document.Tokens[i])) continue;
                foreach (var (last, cls) in cues.All.MatchAt(document.Tokens, i, sentence.EndToken)) marks.Add(i, cls, last);
            }
        document.Cues = marks;
    }
}
