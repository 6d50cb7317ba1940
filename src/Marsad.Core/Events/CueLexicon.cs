namespace Marsad.Core.Events;

/// <summary>
/// Cue words and phrases by class (data/lexicons/cues.tsv), in one index over every class: <see cref="CueRecognizer"/>
/// marks a whole document in one pass, and the later stages read the marks (<see cref="CueMarks"/>).
/// </summary>
public sealed class CueLexicon
{
    /// <summary>Every cue of every class, each phrase carrying its class.</summary>
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
            // "سـ" stands for the future prefix, which the segmenter already separates; it is not a word.
            if (form.EndsWith('ـ')) continue;
            try { lexicon.All.Add(form, cls); }
            catch (FormatException e) { throw new LexiconFormatException(path, row.Line, e.Message); }   // ("#" not last)
        }
        return lexicon;
    }
}
