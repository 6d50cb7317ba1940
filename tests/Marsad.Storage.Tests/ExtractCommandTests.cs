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
        Assert.Contains("unreadable entries or items inside zips: 1", stderr);
        var events = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(events, e => e.GetProperty("location").GetString() == "Diyarbakır" && e.GetProperty("fatalities").GetInt32() == 3);
    }
}
