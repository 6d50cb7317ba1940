using Marsad.Core;
using Marsad.Core.Dates;
using Marsad.Core.Events;
using Marsad.Core.Geo;
using Marsad.Core.Input;
using Marsad.Core.Records;
using Marsad.Storage;

namespace Marsad.Storage.Tests;

/// <summary>A fact that needs the gazetteer index built by scripts/setup (the full pipeline); skipped with a message otherwise.</summary>
public sealed class GazetteerFactAttribute : FactAttribute
{
    public GazetteerFactAttribute()
    {
        if (!File.Exists(GeoCache.IndexPath()))
            Skip = $"needs the gazetteer index ({GeoCache.IndexPath()}); run scripts/setup first";
    }
}

/// <summary>The CLI built beside the tests: tests/…/bin/&lt;cfg&gt;/net10.0 → src/Marsad.Cli/bin/&lt;cfg&gt;/net10.0.</summary>
public static class CliBinary
{
    public static string Path()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        string config = dir.Parent!.Name;
        for (var d = dir; d is not null; d = d.Parent)
        {
            var candidate = System.IO.Path.Combine(d.FullName, "src", "Marsad.Cli", "bin", config, "net10.0", "marsad.dll");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("marsad.dll not found; build the solution first");
    }

    /// <summary>Runs the CLI with these arguments to its end: exit code, standard output, standard error.</summary>
    public static (int Code, string Stdout, string Stderr) Run(params string[] args) => RunIn(null, args);

    /// <summary>As <see cref="Run"/>, with the cache folder (MARSAD_CACHE) set to <paramref name="cache"/> when given.</summary>
    public static (int Code, string Stdout, string Stderr) RunIn(string? cache, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (cache is not null) psi.Environment["MARSAD_CACHE"] = cache;
        psi.ArgumentList.Add(Path());
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}

/// <summary>A temporary database file, deleted with its WAL files at the end.</summary>
public sealed class TempDb : IDisposable
{
    public TempDb() => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "marsad-test-" + Guid.NewGuid().ToString("N"), "test.db");

    public string Path { get; }

    public string Dir => System.IO.Path.GetDirectoryName(Path)!;

    public SqliteEventStore Open(int? upTo = null) => new(Path, upTo);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Builds stored articles and events by hand, so store logic is tested without the gazetteer.</summary>
public static class Build
{
    public static readonly TextPipeline Text = TextPipeline.CreateDefault();

    public sealed record Ev(string SubType, string Date, string? Actor1, string? Actor2, double Lat, double Lon, long GeonameId,
        string Location, string? Claim = null, bool Partial = false, int? Fatalities = null, string? EventType = null)
    {
        public string LocationAr => Location switch { "Abu Kamal" => "البوكمال", "Ar Raqqah" => "الرقة", _ => Location };
    }

    public static IngestedArticle Article(string id, string text, string? outlet = "Test Outlet", string published = "2017-11-10", params Ev[] events)
    {
        var article = new Article(id, text, null, DateTimeOffset.Parse(published + "T12:00:00+03:00"), Outlet: outlet, SourcePath: id + ".txt");
        var document = Text.Process(article.ToDocument());
        var extracted = new List<ExtractedEvent>();
        var records = new List<AcledRecord>();
        int n = 0;
        foreach (var e in events)
        {
            string pid = $"{id}-{++n}";
            string type = e.EventType ?? (e.SubType.Contains("territory") || e.SubType == "Armed clash" ? "Battles" : "Violence against civilians");
            extracted.Add(new ExtractedEvent
            {
                Id = pid, DocumentId = id, EventType = type, SubEventType = e.SubType, Date = PartialDate.Day(DateOnly.Parse(e.Date)), Rule = "test",
            });
            records.Add(new AcledRecord
            {
                EventIdCnty = "SYR-" + pid, EventDate = e.Date, Year = 2017, TimePrecision = 1, DisorderType = "Political violence",
                EventType = type, SubEventType = e.SubType, Actor1 = e.Actor1, Actor2 = e.Actor2, Country = "Syria", Iso2 = "SY",
                Admin1 = "Deir ez-Zor", Location = e.Location, LocationAr = e.LocationAr, Latitude = e.Lat, Longitude = e.Lon, GeonameId = e.GeonameId,
                GeoPrecision = 1, Source = outlet, SourceScale = outlet == "Al Arabiya" ? "International" : "National", Fatalities = e.Fatalities, ClaimSource = e.Claim, PartialControl = e.Partial,
                Confidence = 0.8, Rule = "test", DocumentId = id,
                Evidence = new[] { new SpanText(0, Math.Min(20, text.Length), text[..Math.Min(20, text.Length)]) },
            });
        }
        return new IngestedArticle(article, Fingerprints.ContentHash(null, text), Fingerprints.SimHash(Fingerprints.Words(document.Tokens)),
            SearchAnalyzer.IndexText(document.Tokens), document, extracted, records);
    }
}
