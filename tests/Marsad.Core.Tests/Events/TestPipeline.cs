using Marsad.Core.Actors;
using Marsad.Core.Events;
using Marsad.Core.Geo;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The full pipeline with the shipped lexicons and the small test gazetteer (no download needed); and, for
/// [GazetteerFact] tests, with the real gazetteer (GeoNames cities500 in the cache, fetched by scripts/setup).
/// </summary>
public static class TestPipeline
{
    private static readonly Lazy<MarsadPipeline> Shared = new(() => new MarsadPipeline(new GeoParser(GeoTestData.Gazetteer),
        ActorCatalog.Default, SourceCatalog.Default, TriggerLexicon.LoadDefault(), CueLexicon.LoadDefault()));

    public static MarsadPipeline Pipeline => Shared.Value;

    public static Document Extract(string text, string published, string? outlet = null) =>
        Pipeline.Process(new Document(text, "test", DateOnly.Parse(published), outlet));

    private static readonly Lazy<MarsadPipeline> WithCities500 = new(() => new MarsadPipeline(GeoParser.CreateDefault(),
        ActorCatalog.Default, SourceCatalog.Default, TriggerLexicon.LoadDefault(), CueLexicon.LoadDefault()));

    public static Document ExtractWithRealGazetteer(string text, string published) =>
        WithCities500.Value.Process(new Document(text, "test", DateOnly.Parse(published)));

    /// <summary>The gazetteer names of the places the real-gazetteer pipeline finds in a text (null for a place it lacks).</summary>
    public static List<string?> PlaceNames(string text, string published) =>
        ExtractWithRealGazetteer(text, published).Places.Select(p => p.Place?.Name).ToList();

    /// <summary>A document built elsewhere (an article with its title), through the pipeline with the real gazetteer.</summary>
    public static Document ExtractWithRealGazetteer(Document document) => WithCities500.Value.Process(document);
}
