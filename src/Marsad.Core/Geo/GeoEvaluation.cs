using System.Text.Json;
using Marsad.Core.Input;

namespace Marsad.Core.Geo;

/// <summary>One gold event location and what the geoparser made of it.</summary>
public sealed record GeoEvalItem(string DocId, string LocationAr, string Location, double Latitude, double Longitude,
    string? FoundSurface, string? ResolvedName, double? DistanceKm);

/// <summary>
/// Scores the geoparser on gold event files (schema: shared/data/gold/SCHEMA.md): for each gold event location,
/// is it among the places found in the article (a mention whose words overlap the gold Arabic name, cue nouns and
/// the article aside), and is the place it resolves to within 25 km / 161 km of the gold point.
/// </summary>
public static class GeoEvaluation
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "مدينه", "بلده", "قريه", "محافظه", "ريف", "حي", "مخيم", "منطقه", "ناحيه", "مطار", "معبر", "العسكري", "المحتل", "قطاع",
        "الحدودي", "قاعده", "الجوي", "الجويه", "جابر",
    };

    public static IReadOnlyList<GeoEvalItem> Run(GeoParser parser, string goldDir, string articlesDir, TextPipeline? pipeline = null)
    {
        pipeline ??= TextPipeline.CreateDefault();
        var items = new List<GeoEvalItem>();
        foreach (var goldFile in Directory.EnumerateFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(goldFile));
            var root = json.RootElement;
            if (!root.TryGetProperty("events", out var events) || events.GetArrayLength() == 0) continue;
            string docId = root.TryGetProperty("doc_id", out var d) ? d.GetString()! : Path.GetFileNameWithoutExtension(goldFile);
            string? articlePath = new[] { docId + ".txt", docId + ".xml", docId }
                .Select(n => Path.Combine(articlesDir, n)).FirstOrDefault(File.Exists);
            if (articlePath is null) continue;
            DateOnly? published = root.TryGetProperty("published", out var p) && DateOnly.TryParse(p.GetString(), out var pd) ? pd : null;
            var article = ArticleReader.ReadFile(articlePath)[0];
            var doc = article.ToDocument(published);
            pipeline.Process(doc);
            parser.Process(doc);
            foreach (var e in events.EnumerateArray())
            {
                if (!e.TryGetProperty("latitude", out var lat) || lat.ValueKind != JsonValueKind.Number) continue;
                string ar = e.TryGetProperty("location_ar", out var la) ? la.GetString() ?? "" : "";
                string en = e.TryGetProperty("location", out var le) ? le.GetString() ?? "" : "";
                double glat = lat.GetDouble(), glon = e.GetProperty("longitude").GetDouble();
                var words = Words(ar);
                PlaceMention? best = null;
                double bestKm = double.MaxValue;
                foreach (var m in doc.Places)
                {
                    if (!Words(m.Surface).Overlaps(words)) continue;
                    double km = m.Place is null ? double.MaxValue : GeoDistance.Km(glat, glon, m.Place.Latitude, m.Place.Longitude);
                    if (best is null || km < bestKm) { best = m; bestKm = km; }
                }
                items.Add(new GeoEvalItem(docId, ar, en, glat, glon, best?.Surface, best?.Place?.Name,
                    best?.Place is null ? null : bestKm));
            }
        }
        return items;
    }

    /// <summary>Content words of a name: normalised, article and clitic-free, cue nouns dropped.</summary>
    private static HashSet<string> Words(string name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in GazetteerKeys.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Filler.Contains(w)) continue;
            string x = w;
            foreach (var (v, _) in PlaceRecognizer.FirstWordVariants(w, false)) x = v;
            if (x.StartsWith("ال", StringComparison.Ordinal) && x.Length > 4) x = x[2..];
            if (x.Length >= 2) set.Add(x);
        }
        return set;
    }
}
