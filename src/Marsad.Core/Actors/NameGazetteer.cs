using System.Text;

namespace Marsad.Core.Actors;

/// <summary>
/// Names learnt from an annotated corpus (CoNLL BIO, e.g. ANERcorp's training part): each entity string with the type
/// it is mostly tagged with (PERS, ORG, LOC), kept only when it is tagged at least half of the times it occurs, plus
/// the first words of multi-word person names as given names. Built by <c>marsad actors import-names FILE</c> into the
/// user's cache (it derives from third-party data, so it never goes into the repository) and used by the
/// <see cref="EntityRecognizer"/> when present.
/// </summary>
public sealed class NameGazetteer
{
    public static string DefaultPath => Path.Combine(PetrarchImporter.CacheDirectory, "names.tsv");

    public PhraseMatcher<string> Names { get; } = new();

    public HashSet<string> GivenNames { get; } = new(StringComparer.Ordinal);

    public int Count => Names.Count;

    public sealed record BuildResult(int Entities, int Kept, int GivenNames, string OutputPath);

    /// <summary>Learns names from <paramref name="conllPaths"/> and writes them to <paramref name="outputPath"/> (default: the cache).</summary>
    public static BuildResult Build(IEnumerable<string> conllPaths, string? outputPath = null, int minGivenCount = 2)
    {
        outputPath ??= DefaultPath;
        var tagged = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var given = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = conllPaths.SelectMany(NerEvaluation.ReadConll).ToList();
        int entities = 0;
        foreach (var s in sentences)
            foreach (var e in NerEvaluation.FromTags(s.Tags))
            {
                if (e.Type is not ("PERS" or "ORG" or "LOC")) continue;
                entities++;
                string phrase = string.Join(' ', s.Tokens.Skip(e.First).Take(e.Last - e.First + 1));
                if (!tagged.TryGetValue(phrase, out var byType)) tagged[phrase] = byType = new Dictionary<string, int>();
                byType[e.Type] = byType.GetValueOrDefault(e.Type) + 1;
                if (e.Type == "PERS" && e.Last > e.First) given[s.Tokens[e.First]] = given.GetValueOrDefault(s.Tokens[e.First]) + 1;
            }
        // How often each candidate occurs at all (tagged or not): a name mostly used as a common word is dropped.
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        int maxLen = tagged.Keys.Max(k => k.Count(c => c == ' ') + 1);
        foreach (var s in sentences)
            for (int i = 0; i < s.Tokens.Count; i++)
            {
                var sb = new StringBuilder();
                for (int n = 0; n < maxLen && i + n < s.Tokens.Count; n++)
                {
                    if (n > 0) sb.Append(' ');
                    sb.Append(s.Tokens[i + n]);
                    string key = sb.ToString();
                    if (tagged.ContainsKey(key)) occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
                }
            }
        var output = new StringBuilder();
        output.AppendLine("# Names learnt by `marsad actors import-names` from an annotated corpus; user cache only, not part of the repository.");
        output.AppendLine("type\tphrase\tcount");
        int kept = 0;
        foreach (var (phrase, byType) in tagged.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var (type, count) = byType.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, kv.Value)).First();
            int total = byType.Values.Sum();
            if (count * 10 < total * 7) continue;                                   // type ambiguous
            if (total * 2 < occurrences.GetValueOrDefault(phrase, total)) continue;  // mostly not a name
            if (phrase.Length < 3) continue;
            output.AppendLine($"{type}\t{phrase}\t{count}");
            kept++;
        }
        int givenKept = 0;
        foreach (var (word, n) in given.Where(kv => kv.Value >= minGivenCount).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            output.AppendLine($"GIVEN\t{word}\t{n}");
            givenKept++;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, output.ToString(), new UTF8Encoding(false));
        return new BuildResult(entities, kept, givenKept, outputPath);
    }

    public static NameGazetteer? LoadDefault() => File.Exists(DefaultPath) ? Load(DefaultPath) : null;

    public static NameGazetteer Load(string path)
    {
        var tsv = Tsv.Read(path, ["type"], ["phrase"]);
        var g = new NameGazetteer();
        foreach (var row in tsv.Rows)
        {
            string type = row.Get("type"), phrase = row.Get("phrase");
            if (phrase.Length == 0) throw new LexiconFormatException(path, row.Line, "empty phrase");
            switch (type)
            {
                case "PERS" or "ORG" or "LOC": g.Names.Add(phrase, type); break;
                case "GIVEN": g.GivenNames.Add(Text.ArabicNormalizer.Matching.Normalize(phrase)); break;
                default: throw new LexiconFormatException(path, row.Line, $"type must be PERS, ORG, LOC or GIVEN, got \"{type}\"");
            }
        }
        return g;
    }
}
