using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Storage.Tests;

/// <summary><c>marsad extract</c> run as a user runs it.</summary>
public sealed class ExtractCommandTests
{
    /// <summary>
    /// A SaudiNewsNet day is a zip holding one JSON array; extract reads it as ingest does, each article on its own:
    /// an item without text is an error naming it, and the others still give their events.
    /// </summary>
    [GazetteerFact]
    public void Extract_reads_a_zip_of_a_json_array_and_reports_the_bad_item_by_name()
    {
        using var tmp = new TempDb();
        Directory.CreateDirectory(tmp.Dir);
        string zipPath = Path.Combine(tmp.Dir, "2015-07-26.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        using (var w = new StreamWriter(zip.CreateEntry("2015-07-26.json").Open()))
            w.Write(JsonSerializer.Serialize(new object[]
            {
                new { source = "alyaum", date_extracted = "2015-07-26 10:00:00", title = "هجوم",
                      content = "قتل ثلاثة جنود أتراك اليوم الأحد في هجوم شنه مسلحون على نقطة عسكرية في مدينة ديار بكر." },
                new { source = "okaz", date_extracted = "2015-07-26 11:00:00", title = "بلا نص" },
            }));

        var (code, stdout, stderr) = CliBinary.Run("extract", zipPath, "--format", "jsonl");

        Assert.Equal(1, code);
        Assert.Contains("2015-07-26.zip", stderr);
        Assert.Contains("no \"text\"", stderr);
        Assert.Contains("unreadable zip entries, array items or lines inside inputs: 1", stderr);
        var events = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(events, e => e.GetProperty("location").GetString() == "Diyarbakır" && e.GetProperty("fatalities").GetInt32() == 3);
    }
    /// <summary>
    /// The same day unzipped (a plain JSON array file), and a JSONL file with a broken line: as with the zip, the bad
    /// item or line is reported by name and number, and its neighbours still give their events.
    /// </summary>
    [GazetteerFact]
    public void Extract_keeps_the_neighbours_of_a_bad_item_in_a_json_array_or_a_broken_jsonl_line()
    {
        using var tmp = new TempDb();
        Directory.CreateDirectory(tmp.Dir);
        const string Attack = "قتل ثلاثة جنود أتراك اليوم الأحد في هجوم شنه مسلحون على نقطة عسكرية في مدينة ديار بكر.";
        string arrayPath = Path.Combine(tmp.Dir, "2015-07-26.json");
        File.WriteAllText(arrayPath, JsonSerializer.Serialize(new object[]
        {
            new { source = "okaz", date_extracted = "2015-07-26 11:00:00", title = "بلا نص", content = " " },
            new { source = "alyaum", date_extracted = "2015-07-26 10:00:00", title = "هجوم", content = Attack },
        }));
        string linesPath = Path.Combine(tmp.Dir, "day.jsonl");
        File.WriteAllText(linesPath, "{\"id\":\"a\",\"published\":\"2015-07-26\",\"text\":\"" + Attack + "\"}\n{\"id\":\"b\",\"text\":\n");

        var (code, stdout, stderr) = CliBinary.Run("extract", arrayPath, linesPath, "--format", "jsonl");

        Assert.Equal(1, code);
        Assert.Contains("2015-07-26-1: no \"text\"", stderr);
        Assert.Contains("day.jsonl: line 2: broken JSON", stderr);
        Assert.Contains("2 of 2 inputs read, 0 failed", stderr);
        Assert.Contains("array items or lines inside inputs: 2", stderr);
        var events = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var diyarbakir = events.Where(e => e.GetProperty("location").GetString() == "Diyarbakır" && e.GetProperty("fatalities").GetInt32() == 3);
        Assert.Equal(new[] { "2015-07-26-2", "a" }, diyarbakir.Select(e => e.GetProperty("document_id").GetString()).Order(StringComparer.Ordinal));
    }
}
