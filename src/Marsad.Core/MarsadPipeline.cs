using Marsad.Core.Actors;
using Marsad.Core.Events;
using Marsad.Core.Geo;
using Marsad.Core.Text;

namespace Marsad.Core;

/// <summary>
/// The whole pipeline, in order: text layer (tokens, sentences, clitics, stems, numbers, dates) → places →
/// actors and entities → triggers → claims → events. It only holds read-only resources, so one instance serves
/// every thread; it does no storage and no locking (that belongs to the callers).
/// </summary>
public sealed class MarsadPipeline
{
    public MarsadPipeline(GeoParser geo, ActorCatalog catalog, SourceCatalog sources, TriggerLexicon triggers, CueLexicon cues)
    {
        Geo = geo;
        Catalog = catalog;
        // The segmenter knows every word of our lexicons (actors, sources, triggers) and of the gazetteer's Arabic names.
        var closedClass = new ArabicLexicon();
        var known = TextPipeline.LoadDefaultLexicon(closedClass);
        var lexicon = new ArabicLexicon(known);
        ActorPipeline.AddWords(lexicon, catalog, sources);
        // (not a gazetteer word that is a clitic on a word of ours — "وفي", "والتي", "وبين", "وشن", "فكان", "بلا", from
        // some places' alternate names: listed whole, they would keep every "وفي" of the news from being read as و + في)
        lexicon.AddRange(geo.ArabicNameWords().Where(w => !CliticOnAWordOfOurs(w, known, closedClass)));
        lexicon.AddRange(triggers.Words);
        Text = new TextPipeline(lexicon);
        var actors = new ActorRecognizer(catalog) { Sources = sources, DefaultCountry = MainCountry };
        Stages = Text.Stages.Concat(new IDocumentStage[]
        {
            geo.Recognizer,
            actors,
            new EntityRecognizer(catalog, sources),
            new NamedPersonRecall(),
            new TriggerRecognizer(triggers),
            new CueRecognizer(cues),
            new ClaimAttributor(sources, catalog),
            new EventExtractor(catalog, Sides.LoadDefault(catalog), AirPowers.LoadDefault(catalog), Authorities.LoadDefault(catalog), geo.Gazetteer.CapitalOf,
                Outlets.LoadDefault(), JuniorPartners.LoadDefault(catalog)),
        }).ToList();
    }

    // The conjunctions و and ف on any word of our list ("وشن", "وست"); the prepositions ب ل ك only on a function word
    // ("بلا"): a place may well be one of them on a word ("باجل" is Bajil, not ب + أجل).
    private static bool CliticOnAWordOfOurs(string word, ArabicLexicon known, ArabicLexicon closedClass) =>
        word.Length >= 3 && (word[0] is 'و' or 'ف' && known.Contains(word[1..]) || word[0] is 'ب' or 'ل' or 'ك' && closedClass.Contains(word[1..]));

    public GeoParser Geo { get; }

    public ActorCatalog Catalog { get; }

    public TextPipeline Text { get; }

    public IReadOnlyList<IDocumentStage> Stages { get; }

    /// <summary>Loads every default resource: data/ lexicons and the gazetteer index built by scripts/setup.</summary>
    public static MarsadPipeline CreateDefault() => new(GeoParser.CreateDefault(), ActorCatalog.Default, SourceCatalog.Default,
        TriggerLexicon.LoadDefault(), CueLexicon.LoadDefault());

    public Document Process(Document document)
    {
        foreach (var stage in Stages) stage.Process(document);
        return document;
    }

    // Titles of a state's leaders and envoys, before its name ("ملك المغرب", "رئيس مصر", "وزير خارجية الإمارات").
    private static readonly HashSet<string> LeaderTitles = new[] { "ملك", "عاهل", "رئيس", "امير", "سلطان", "خارجيه", "سفير", "ولي", "عهد" }
        .Select(ArabicNormalizer.Matching.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The country a document is mostly about: the most frequent country of its resolved places.</summary>
    /// <remarks>Ties go to the country resolved first. Counted in a small list: a document names few countries.</remarks>
    public static string? MainCountry(Document document)
    {
        var places = document.Places;
        (string Country, int Count)[]? counts = null;
        int n = 0;
        // ("دبي، الإمارات العربية المتحدة (CNN)--": where the story was filed says nothing of whose people it tells)
        int dateline = Events.ExtractionContext.DatelineEnd(document);
        foreach (var p in places)
        {
            if (p.Place is not { } place || p.FirstToken <= dateline) continue;
            // ("تلقى … اتصالا من ملك المغرب أعرب خلاله عن إدانته للتفجير … بمنطقة عسير": a country named by its ruler or
            // minister is whose leader spoke, not where the story is)
            if (p.FirstToken > 0 && LeaderTitles.Contains(document.Tokens[p.FirstToken - 1].Lemma)) continue;
            string cc = place.CountryCode;
            int k = 0;
            while (k < n && !string.Equals(counts![k].Country, cc, StringComparison.Ordinal)) k++;
            if (k == n)
            {
                counts ??= new (string, int)[Math.Min(places.Count, 16)];
                if (n == counts.Length) Array.Resize(ref counts, 2 * n);
                counts[n++] = (cc, 0);
            }
            counts![k].Count++;
        }
        if (n == 0) return null;
        int best = 0;
        for (int k = 1; k < n; k++) if (counts![k].Count > counts[best].Count) best = k;
        return counts![best].Country;
    }
}
