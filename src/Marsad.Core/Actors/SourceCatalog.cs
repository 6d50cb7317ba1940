using Marsad.Core.Text;

namespace Marsad.Core.Actors;

/// <summary>A party that makes claims inside articles: monitor, agency, media, military, government, un, ngo, medical, or unnamed (activists, local sources).</summary>
public sealed record ClaimSource(string Name, string Kind);

/// <summary>A claim source named in a document.</summary>
public sealed record SourceMention(TextSpan Span, string Surface, int FirstToken, int LastToken, ClaimSource Source);

/// <summary>
/// Well-known claim sources (data/lexicons/sources.tsv: canonical English name, kind, Arabic aliases): المرصد السوري
/// لحقوق الإنسان → Syrian Observatory for Human Rights, وكالة الأنباء السورية سانا → SANA, وكالة رويترز → Reuters.
/// Matched like actor aliases (clitics stripped, article optional, longest first).
/// </summary>
public sealed class SourceCatalog
{
    public static readonly string[] Kinds = { "monitor", "agency", "media", "military", "government", "un", "ngo", "medical", "unnamed" };

    private readonly List<ClaimSource> _sources = new();
    private readonly Dictionary<string, ClaimSource> _byName = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ClaimSource> Sources => _sources;

    public PhraseMatcher<ClaimSource> Matcher { get; } = new();

    public IEnumerable<string> AliasWords => ActorCatalog.WordsOf(_aliasPhrases);

    private readonly List<string> _aliasPhrases = new();

    private static readonly Lazy<SourceCatalog> _default = new(LoadDefault);

    public static SourceCatalog Default => _default.Value;

    public static SourceCatalog LoadDefault() => Load(MarsadData.Path("lexicons", "sources.tsv"));

    public static SourceCatalog Load(string path)
    {
        var tsv = Tsv.Read(path, ["name_en"], ["kind"], ["aliases_ar"]);
        var catalog = new SourceCatalog();
        foreach (var row in tsv.Rows)
        {
            string name = row.Get("name_en"), kind = row.Get("kind");
            if (name.Length == 0) throw new LexiconFormatException(path, row.Line, "empty name_en");
            if (!Kinds.Contains(kind)) throw new LexiconFormatException(path, row.Line, $"unknown kind \"{kind}\" (one of {string.Join(", ", Kinds)})");
            if (catalog._byName.ContainsKey(name)) throw new LexiconFormatException(path, row.Line, $"duplicate source \"{name}\"");
            var aliases = Tsv.List(row.Get("aliases_ar")).ToList();
            if (aliases.Count == 0) throw new LexiconFormatException(path, row.Line, $"source \"{name}\" has no Arabic alias");
            var source = new ClaimSource(name, kind);
            catalog._sources.Add(source);
            catalog._byName[name] = source;
            foreach (var alias in aliases)
            {
                catalog.Matcher.Add(alias, source);
                catalog._aliasPhrases.Add(alias);
            }
        }
        return catalog;
    }

    public bool TryGet(string name, out ClaimSource source) => _byName.TryGetValue(name, out source!);

    /// <summary>The source named at token <paramref name="i"/> (longest alias), or null.</summary>
    public SourceMention? At(Document document, int i)
    {
        var m = Matcher.LongestAt(document.Tokens, i);
        if (m is not { } match) return null;
        var span = new TextSpan(document.Tokens[match.First].Span.Start, document.Tokens[match.Last].Span.End);
        return new SourceMention(span, document.Slice(span), match.First, match.Last, match.Values[0]);
    }

    /// <summary>Every source named in the document, in text order, longest match first.</summary>
    public List<SourceMention> FindAll(Document document)
    {
        var list = new List<SourceMention>();
        foreach (var m in Matcher.FindAll(document.Tokens))
        {
            var span = new TextSpan(document.Tokens[m.First].Span.Start, document.Tokens[m.Last].Span.End);
            list.Add(new SourceMention(span, document.Slice(span), m.First, m.Last, m.Values[0]));
        }
        return list;
    }
}
