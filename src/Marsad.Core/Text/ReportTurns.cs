namespace Marsad.Core.Text;

/// <summary>
/// Phrases that turn to another report — "في سياق متصل", "على صعيد آخر", "من جهتها", "ميدانيا" — the topic_shift rows of
/// data/lexicons/cues.tsv marked "yes" in its splits column, read here too because a writer who strings the day's reports
/// with commas still opens each with its turn: "…، على صعيد متصل أكد مصدر أمني أن …" ends one sentence and starts another
/// (<see cref="SentenceSplitter"/>). (Not every topic shift: "، وبالتزامن مع …" and "، ويأتي ذلك بعد …" go on with the
/// act of the clause before.) Normalised forms; the first word may carry و.
/// </summary>
public sealed class ReportTurns
{
    private const string TopicShift = "topic_shift", Splits = "splits", Yes = "yes";

    private readonly List<string[]> _phrases = new();

    private static readonly Lazy<ReportTurns> _default = new(() => Load(MarsadData.Path("lexicons", "cues.tsv")));

    /// <summary>The turns of the cue lexicon shipped in data/lexicons, read once.</summary>
    public static ReportTurns Default => _default.Value;

    public static ReportTurns Load(string path)
    {
        var turns = new ReportTurns();
        foreach (var row in Tsv.Read(path, ["form_ar"], ["class"]).Rows)
        {
            string splits = row.Get(Splits);
            if (splits.Length == 0) continue;
            if (splits != Yes) throw new LexiconFormatException(path, row.Line, $"splits is \"{splits}\", not \"{Yes}\" or empty");
            if (row.Get("class") != TopicShift) throw new LexiconFormatException(path, row.Line, $"only a {TopicShift} row splits a sentence");
            var words = ArabicNormalizer.Matching.Normalize(row.Get("form_ar")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) throw new LexiconFormatException(path, row.Line, "empty topic_shift phrase");
            turns._phrases.Add(words);
        }
        return turns;
    }

    /// <summary>Whether a turn starts at token <paramref name="at"/>.</summary>
    public bool At(List<Token> tokens, int at)
    {
        foreach (var turn in _phrases)
        {
            if (at + turn.Length > tokens.Count) continue;
            bool match = true;
            for (int k = 0; k < turn.Length && match; k++)
            {
                string norm = tokens[at + k].Norm;
                match = norm == turn[k] || k == 0 && norm.Length == turn[k].Length + 1 && norm[0] == 'و' && norm.AsSpan(1).SequenceEqual(turn[k]);
            }
            if (match) return true;
        }
        return false;
    }
}
