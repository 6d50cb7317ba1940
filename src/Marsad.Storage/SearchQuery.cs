using System.Text;

namespace Marsad.Storage;

/// <summary>
/// A search as the analyst types it: words (all required), "quoted phrases", OR between alternatives, and -word
/// to exclude. Every word goes through <see cref="SearchAnalyzer"/>, so the query matches the index's terms.
/// </summary>
public sealed class SearchQuery
{
    private SearchQuery(List<List<Clause>> alternatives, List<string> excluded)
    {
        Alternatives = alternatives;
        Excluded = excluded;
    }

    /// <summary>One required unit: a single term or a phrase of terms (stems), with the whole words as typed.</summary>
    public sealed record Clause(IReadOnlyList<string> Terms, IReadOnlyList<string> Words);

    /// <summary>OR-alternatives, each an AND of clauses.</summary>
    public IReadOnlyList<List<Clause>> Alternatives { get; }

    public IReadOnlyList<string> Excluded { get; }

    public bool IsEmpty => Alternatives.All(a => a.Count == 0);

    /// <summary>Every term that a match may highlight.</summary>
    public HashSet<string> Terms => Alternatives.SelectMany(a => a.SelectMany(c => c.Terms)).ToHashSet(StringComparer.Ordinal);

    public static SearchQuery Parse(string text)
    {
        var alternatives = new List<List<Clause>> { new() };
        var excluded = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '"' or '«' or '“')
            {
                char close = c == '"' ? '"' : c == '«' ? '»' : '”';
                int end = text.IndexOf(close, i + 1);
                if (end < 0) end = text.Length;
                var terms = SearchAnalyzer.Analyze(text[(i + 1)..end]).Select(t => t.Term).ToList();
                if (terms.Count > 0) alternatives[^1].Add(new Clause(terms, SearchAnalyzer.AnalyzeWords(text[(i + 1)..end])));
                i = end + 1;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] != '"') wordEnd++;
            string word = text[i..wordEnd];
            i = wordEnd;
            if (word is "OR" or "أو" or "|") { if (alternatives[^1].Count > 0) alternatives.Add(new()); continue; }
            bool exclude = word.StartsWith('-') && word.Length > 1;
            string w = exclude ? word[1..] : word;
            var analysed = SearchAnalyzer.Analyze(w);
            var whole = SearchAnalyzer.AnalyzeWords(w);
            for (int k = 0; k < analysed.Count; k++)
                if (exclude) excluded.Add(analysed[k].Term);
                else alternatives[^1].Add(new Clause(new[] { analysed[k].Term }, k < whole.Count ? new[] { whole[k] } : Array.Empty<string>()));
        }
        alternatives.RemoveAll(a => a.Count == 0);
        return new SearchQuery(alternatives, excluded);
    }

    /// <summary>
    /// The query in FTS5's syntax (every term quoted, so no term is read as an operator). Each clause matches on
    /// stems; "AND (stem OR word)" adds the whole word to BM25's sum, so exact spellings rank first.
    /// </summary>
    public string ToFts5()
    {
        var sb = new StringBuilder();
        static string Clause(Clause c)
        {
            string stem = "stems:\"" + string.Join(" ", c.Terms) + "\"";
            return c.Words.Count == 0 ? stem : $"{stem} AND ({stem} OR words:\"{string.Join(" ", c.Words)}\")";
        }
        for (int a = 0; a < Alternatives.Count; a++)
        {
            if (a > 0) sb.Append(" OR ");
            sb.Append('(').Append(string.Join(" AND ", Alternatives[a].Select(Clause))).Append(')');
        }
        if (Excluded.Count > 0) sb.Insert(0, "(").Append(')').Append(string.Concat(Excluded.Select(t => $" NOT stems:\"{t}\"")));
        return sb.ToString();
    }
}

/// <summary>Snippets: the window of the article with the most distinct query terms, matches marked.</summary>
public static class Snippets
{
    public static Snippet Make(string text, HashSet<string> terms, int window = 32)
    {
        var tokens = SearchAnalyzer.Analyze(text);
        if (tokens.Count == 0) return new Snippet(text.Length > 200 ? text[..200] : text, Array.Empty<(int, int)>());
        int bestStart = 0, bestScore = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!terms.Contains(tokens[i].Term)) continue;
            var seen = new HashSet<string>();
            int hits = 0;
            for (int j = i; j < Math.Min(tokens.Count, i + window); j++)
                if (terms.Contains(tokens[j].Term)) { hits++; seen.Add(tokens[j].Term); }
            int score = seen.Count * 100 + hits;
            if (score > bestScore) { bestScore = score; bestStart = Math.Max(0, i - 6); }
        }
        int last = Math.Min(tokens.Count, bestStart + window) - 1;
        int from = tokens[bestStart].Start, to = tokens[last].End;
        string prefix = from > 0 ? "… " : "", suffix = to < text.Length ? " …" : "";
        string body = text[from..to].Replace('\n', ' ').Replace('\r', ' ');
        var highlights = new List<(int, int)>();
        for (int k = bestStart; k <= last; k++)
            if (terms.Contains(tokens[k].Term))
                highlights.Add((tokens[k].Start - from + prefix.Length, tokens[k].End - from + prefix.Length));
        return new Snippet(prefix + body + suffix, highlights);
    }
}
