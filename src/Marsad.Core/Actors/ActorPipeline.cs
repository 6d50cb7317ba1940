using Marsad.Core.Text;

namespace Marsad.Core.Actors;

/// <summary>
/// The text layer plus actor and entity recognition, with the clitic segmenter's lexicon extended by the catalog's
/// and the sources' words (so بداعش، ولحزب are split). Stateless between documents; one instance serves many threads.
/// </summary>
public sealed class ActorPipeline
{
    public ActorPipeline(ActorCatalog catalog, SourceCatalog sources, IEnumerable<string>? extraLexiconWords = null, Func<Document, string?>? defaultCountry = null,
        NameGazetteer? learntNames = null)
    {
        Catalog = catalog;
        Sources = sources;
        var lexicon = TextPipeline.LoadDefaultLexicon();
        AddWords(lexicon, catalog, sources);
        if (extraLexiconWords is not null) lexicon.AddRange(extraLexiconWords);
        Text = new TextPipeline(lexicon);
        Actors = new ActorRecognizer(catalog) { DefaultCountry = defaultCountry, Sources = sources };
        Entities = new EntityRecognizer(catalog, sources, learnt: learntNames);
    }

    public ActorCatalog Catalog { get; }

    public SourceCatalog Sources { get; }

    public TextPipeline Text { get; }

    public ActorRecognizer Actors { get; }

    public EntityRecognizer Entities { get; }

    public NamedPersonRecall Recall { get; } = new();

    public static ActorPipeline CreateDefault() => new(ActorCatalog.Default, SourceCatalog.Default);

    /// <summary>Adds the single words of catalog aliases, country names, adjectives, force nouns and sources to a lexicon.</summary>
    public static void AddWords(ArabicLexicon lexicon, ActorCatalog catalog, SourceCatalog? sources = null)
    {
        lexicon.AddRange(catalog.AliasWords);
        if (sources is not null) lexicon.AddRange(sources.AliasWords);
    }

    /// <summary>Runs the text layer (unless already run), then actors and entities, then recalls persons named again.</summary>
    public Document Process(Document document)
    {
        if (document.Tokens.Count == 0) Text.Process(document);
        Actors.Process(document);
        Entities.Process(document);
        Recall.Process(document);
        return document;
    }
}
