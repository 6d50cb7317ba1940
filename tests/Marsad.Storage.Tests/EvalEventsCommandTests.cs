using System.Text.Json;

namespace Marsad.Storage.Tests;

/// <summary><c>marsad eval events</c> run as a user runs it, on a gold folder beside its articles.</summary>
public sealed class EvalEventsCommandTests
{
    /// <summary>
    /// Held-out gold drawn from SaudiNewsNet keeps each article as the JSON object the reader takes; eval must find
    /// it by its doc id as it finds the ANT corpora's .txt files, not skip it.
    /// </summary>
    [GazetteerFact]
    public void Eval_events_finds_an_article_kept_as_a_json_object()
    {
        using var tmp = new TempDb();
        string gold = Path.Combine(tmp.Dir, "gold"), articles = Path.Combine(tmp.Dir, "articles");
        Directory.CreateDirectory(gold);
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "sn-1.json"), JsonSerializer.Serialize(new
        {
            id = "sn-1", title = "مقتل ثلاثة جنود", outlet = "alyaum", published = "2015-07-26T10:00:00Z",
            text = "قتل ثلاثة جنود أتراك اليوم الأحد في هجوم شنه مسلحون على نقطة عسكرية في مدينة سروج.",
        }));
        File.WriteAllText(Path.Combine(gold, "sn-1.json"), """
            {"doc_id": "sn-1", "published": "2015-07-26", "outlet": "alyaum", "events": [
              {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2015-07-26", "time_precision": 1,
               "actor1": {"name": "Unidentified Armed Group (Turkey)", "inter": 3}, "actor2": {"name": "Military Forces of Turkey", "inter": 1},
               "country": "Turkey", "iso2": "TR", "location": "Suruc", "latitude": 36.976, "longitude": 38.425, "geo_precision": 1,
               "fatalities": 3, "claim_source": null}]}
            """);

        var (code, stdout, stderr) = CliBinary.Run("eval", "events", gold, articles);

        Assert.DoesNotContain("skipped", stderr);
        Assert.Equal(0, code);
        // The one gold event is either matched or missed, never dropped with its article.
        var counts = System.Text.RegularExpressions.Regex.Match(stdout, @"matched (\d+), false alarms \d+, misses (\d+)");
        Assert.True(counts.Success, stdout);
        Assert.Equal(1, int.Parse(counts.Groups[1].Value) + int.Parse(counts.Groups[2].Value));
    }
}
