using System.Text;
using Marsad.Core.Text;

namespace Marsad.Core.Actors;

/// <summary>Exact-span precision, recall and F1 of one entity type, as the CoNLL scorer counts them.</summary>
public sealed record NerScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores Marsad's recognition on a CoNLL (token TAG, BIO) file such as ANERcorp: each sentence's tokens are joined
/// with spaces into a document, run through the pipeline, and the predicted entities mapped back to token ranges.
/// PERS = persons (the name without its title), ORG = catalog actors that are organisations, claim sources and
/// organisations after a cue, LOC = country names and, when a place stage is given, its places. MISC is not scored.
/// </summary>
public sealed class NerEvaluation
{
    public static readonly string[] Types = { "PERS", "LOC", "ORG" };

    public sealed record Sentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);

    public sealed record Entity(int First, int Last, string Type);

    public sealed record Error(string Kind, string Type, string Text, string Context);

    public sealed record Result(IReadOnlyList<NerScore> Scores, NerScore Overall, IReadOnlyList<Error> Errors);

    /// <summary>Lines of the last <see cref="ReadConll"/> whose tag was not O/B-/I- and were read as O.</summary>
    [ThreadStatic] public static int BadLines;

    public static List<Sentence> ReadConll(string path)
    {
        BadLines = 0;
        var sentences = new List<Sentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        int lineNo = 0;
        void Flush()
        {
            if (tokens.Count > 0) sentences.Add(new Sentence(tokens.ToArray(), tags.ToArray()));
            tokens.Clear(); tags.Clear();
        }
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            string line = raw.Trim();
            if (line.Length == 0 || line.Trim('\u200f', '\u200e').Length == 0) { Flush(); continue; }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { Flush(); continue; }
            int sp = line.LastIndexOfAny([' ', '\t']);
            if (sp <= 0) throw new LexiconFormatException(path, lineNo, "expected \"token TAG\"");
            string tag = line[(sp + 1)..].Trim('\u200f', '\u200e');
            // ANERcorp has a few damaged lines ("الأمن\u200f1706"); conlleval reads an unknown tag as O.
            if (tag != "O" && !(tag.StartsWith("B-") || tag.StartsWith("I-"))) { BadLines++; tag = "O"; }
            tokens.Add(line[..sp].Trim());
            tags.Add(tag);
        }
        Flush();
        return sentences;
    }

    /// <summary>Entities of a BIO tag sequence (an I- without a matching B- starts an entity, as conlleval does).</summary>
    public static List<Entity> FromTags(IReadOnlyList<string> tags)
    {
        var list = new List<Entity>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string? t = tag == "O" ? null : tag[2..];
            bool begins = tag.StartsWith("B-") || (t is not null && t != type);
            if (type is not null && (tag == "O" || begins))
            {
                list.Add(new Entity(start, i - 1, type));
                type = null;
            }
            if (t is not null && (begins || type is null)) { start = i; type = t; }
        }
        return list;
    }

    public static Result Run(IEnumerable<Sentence> sentences, ActorPipeline pipeline, IDocumentStage? places = null, int maxErrors = 200)
    {
        var counts = Types.ToDictionary(t => t, _ => (Gold: 0, Pred: 0, Correct: 0));
        var errors = new List<Error>();
        foreach (var s in sentences)
        {
            var gold = FromTags(s.Tags).Where(e => Types.Contains(e.Type)).ToHashSet();
            var predicted = Predict(s, pipeline, places).ToHashSet();
            foreach (var t in Types)
            {
                var c = counts[t];
                counts[t] = (c.Gold + gold.Count(g => g.Type == t), c.Pred + predicted.Count(p => p.Type == t), c.Correct + predicted.Count(p => p.Type == t && gold.Contains(p)));
            }
            if (errors.Count < maxErrors)
            {
                foreach (var g in gold.Where(g => !predicted.Contains(g))) errors.Add(new Error("missed", g.Type, Join(s, g), Context(s, g)));
                foreach (var p in predicted.Where(p => !gold.Contains(p))) errors.Add(new Error("spurious", p.Type, Join(s, p), Context(s, p)));
            }
        }
        var scores = Types.Select(t => new NerScore(t, counts[t].Gold, counts[t].Pred, counts[t].Correct)).ToList();
        var overall = new NerScore("ALL", scores.Sum(x => x.Gold), scores.Sum(x => x.Predicted), scores.Sum(x => x.Correct));
        return new Result(scores, overall, errors);
    }

    private static string Join(Sentence s, Entity e) => string.Join(' ', s.Tokens.Skip(e.First).Take(e.Last - e.First + 1));

    private static string Context(Sentence s, Entity e) =>
        string.Join(' ', s.Tokens.Skip(Math.Max(0, e.First - 4)).Take(e.Last - Math.Max(0, e.First - 4) + 5));

    /// <summary>Runs the pipeline on one sentence and returns its entities as token ranges of the CoNLL tokens.</summary>
    public static List<Entity> Predict(Sentence s, ActorPipeline pipeline, IDocumentStage? places = null)
    {
        var sb = new StringBuilder();
        var starts = new int[s.Tokens.Count];
        for (int i = 0; i < s.Tokens.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            starts[i] = sb.Length;
            sb.Append(s.Tokens[i]);
        }
        var document = new Document(sb.ToString(), "conll");
        pipeline.Process(document);
        places?.Process(document);

        var spans = new List<(TextSpan Span, string Type, int Priority)>();
        foreach (var e in document.Entities)
        {
            if (e.Type == EntityType.Person && e.NameSpan is { } name) spans.Add((name, "PERS", 3));
            else if (e.Type == EntityType.Organization && e.Role != "unnamed") spans.Add((e.Span, "ORG", 2));
            else if (e.Type == EntityType.Location) spans.Add((e.Span, "LOC", 2));
        }
        foreach (var a in document.Actors)
        {
            if (a.Rule == "country") spans.Add((a.Span, "LOC", 1));
            else if (a.Rule == "alias" && a.Actor.Kind is "rebel" or "political_militia" or "identity_militia" or "external" or "government")
                spans.Add((a.NameSpan, "ORG", 2));
        }
        foreach (var m in pipeline.Catalog.CountryMatcher.FindAll(document.Tokens))
            spans.Add((new TextSpan(document.Tokens[m.First].Span.Start, document.Tokens[m.Last].Span.End), "LOC", 1));
        foreach (var p in document.Places)
            spans.Add((p.Span, "LOC", 1));

        // Longer and higher-priority spans win over what they overlap.
        spans.Sort((a, b) => b.Priority != a.Priority ? b.Priority.CompareTo(a.Priority) : b.Span.Length.CompareTo(a.Span.Length));
        var chosen = new List<(TextSpan Span, string Type, int Priority)>();
        foreach (var x in spans)
            if (!chosen.Any(c => c.Span.Overlaps(x.Span))) chosen.Add(x);

        var result = new List<Entity>();
        foreach (var (span, type, _) in chosen)
        {
            int first = TokenAt(starts, s.Tokens, span.Start), last = TokenAt(starts, s.Tokens, span.End - 1);
            if (first < 0 || last < first) continue;
            // A clitic the CoNLL file leaves attached (ولبنان) is part of the gold token: span boundaries inside a token still map to it.
            // ANERcorp leaves the head noun out of most organisation names (حركة طالبان → طالبان, قوات الأمم المتحدة →
            // الأمم المتحدة, شركة، وكالة، جماعة) but keeps منظمة، حزب، جامعة، مجلس: follow its convention.
            if (type == "ORG" && last > first && OrgHeadsOutside.Contains(Text.ArabicNormalizer.Matching.Normalize(s.Tokens[first]))) first++;
            result.Add(new Entity(first, last, type));
        }
        return result;
    }

    private static readonly HashSet<string> OrgHeadsOutside = new[] { "حركة", "قوات", "شركة", "وكالة", "جماعة", "الحركة", "القوات", "مقاتلو", "مقاتلي", "عناصر" }
        .Select(w => Text.ArabicNormalizer.Matching.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static int TokenAt(int[] starts, IReadOnlyList<string> tokens, int offset)
    {
        for (int i = starts.Length - 1; i >= 0; i--)
            if (starts[i] <= offset) return offset < starts[i] + tokens[i].Length ? i : -1;
        return -1;
    }
}
