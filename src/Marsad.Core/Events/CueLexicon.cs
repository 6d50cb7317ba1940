using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>Cue words and phrases by class (data/lexicons/cues.tsv), matched over tokens like triggers.</summary>
public sealed class CueLexicon
{
    private readonly Dictionary<CueClass, PhraseIndex<CueClass>> _byClass = new();

    /// <summary>Every cue of every class in one index (for marking a whole document in one pass).</summary>
    public PhraseIndex<CueClass> All { get; } = new();

    public static CueLexicon LoadDefault() => Load(MarsadData.Path("lexicons", "cues.tsv"));

    public static CueLexicon Load(string path)
    {
        var lexicon = new CueLexicon();
        foreach (var row in Tsv.Read(path, ["form_ar"], ["class"]).Rows)
        {
            string form = row.Get("form_ar"), name = row.Get("class");
            if (!Enum.TryParse<CueClass>(name.Replace("_", ""), ignoreCase: true, out var cls))
                throw new LexiconFormatException(path, row.Line, $"unknown cue class \"{name}\"");
            if (!lexicon._byClass.TryGetValue(cls, out var index)) lexicon._byClass[cls] = index = new PhraseIndex<CueClass>();
            // "سـ" stands for the future prefix, which the segmenter already separates; it is not a word.
            if (form.EndsWith('ـ')) continue;
            index.Add(form, cls);
            lexicon.All.Add(form, cls);
        }
        return lexicon;
    }

    public int Count(CueClass cls) => _byClass.TryGetValue(cls, out var i) ? i.Count : 0;

    /// <summary>Does a cue of <paramref name="cls"/> start at token <paramref name="i"/>? Returns its last token.</summary>
    public bool IsAt(CueClass cls, IReadOnlyList<Token> tokens, int i, int end, out int last)
    {
        last = i;
        return _byClass.TryGetValue(cls, out var index) && index.TryMatchLongest(tokens, i, end, out last, out _);
    }

    /// <summary>The first cue of <paramref name="cls"/> in tokens [from, to), as (first, last) token indices.</summary>
    public (int First, int Last)? Find(CueClass cls, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int i = Math.Max(0, from); i < to && i < tokens.Count; i++)
            if (IsAt(cls, tokens, i, to, out int last)) return (i, last);
        return null;
    }

    /// <summary>The last cue of <paramref name="cls"/> that starts in tokens [from, to).</summary>
    public (int First, int Last)? FindLast(CueClass cls, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int i = Math.Min(to, tokens.Count) - 1; i >= Math.Max(0, from); i--)
            if (IsAt(cls, tokens, i, to, out int last)) return (i, last);
        return null;
    }
}
