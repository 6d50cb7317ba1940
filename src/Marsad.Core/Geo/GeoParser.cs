namespace Marsad.Core.Geo;

/// <summary>
/// The geoparser with its resources: the gazetteer index from the cache and the lexicon in data/geo.
/// <c>GeoParser.CreateDefault().Recognizer</c> is the pipeline stage; <see cref="ArabicNameWords"/> gives the
/// gazetteer's single Arabic words for the clitic segmenter's lexicon.
/// </summary>
public sealed class GeoParser
{
    public GeoParser(Gazetteer gazetteer, GeoLexicon? lexicon = null)
    {
        Gazetteer = gazetteer;
        Recognizer = new PlaceRecognizer(gazetteer, lexicon ?? GeoLexicon.LoadDefault());
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>The stage: recognises and resolves places, filling <see cref="Document.Places"/>.</summary>
    public PlaceRecognizer Recognizer { get; }

    /// <summary>Loads the index from the cache ($MARSAD_CACHE or the repository's .cache); a missing index throws a message naming scripts/setup.</summary>
    public static GeoParser CreateDefault() => new(Gazetteer.LoadDefault());

    public IEnumerable<string> ArabicNameWords() => Gazetteer.ArabicNameWords();

    public Document Process(Document document)
    {
        Recognizer.Process(document);
        return document;
    }
}
