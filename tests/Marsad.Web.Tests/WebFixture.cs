using Marsad.Core;
using Marsad.Core.Geo;
using Marsad.Core.Input;
using Marsad.Storage;

namespace Marsad.Web.Tests;

/// <summary>A fact that needs the gazetteer index of scripts/setup (the store is built by the real pipeline); skipped otherwise.</summary>
public sealed class GazetteerFactAttribute : FactAttribute
{
    public GazetteerFactAttribute()
    {
        if (WebFixture.MissingGazetteer is { } why) Skip = why;
    }
}

/// <summary>
/// A temporary store built by running the real pipeline over the seed article (examples/bukamal.txt, 2017-11-10) and
/// four short articles of our own (one with HTML and script in its title and text), and a server on 127.0.0.1 with
/// a free port over it. Shared by the API and browser tests.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public static string? MissingGazetteer => File.Exists(GeoCache.IndexPath()) ? null
        : $"needs the gazetteer index ({GeoCache.IndexPath()}); run scripts/setup first";

    public const string XssTitle = "<img src=x onerror=\"window.__marsadXss='title'\">غارة على <script>window.__marsadXss='title-script'</script>حجة";

    private MarsadServer? _server;
    private string? _dir;

    public string BaseUrl { get; private set; } = "";
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };
    public long BukamalArticle { get; private set; }
    public long XssArticle { get; private set; }
    public string WebRoot => _server?.WebRootPath ?? "";

    public async Task InitializeAsync()
    {
        if (MissingGazetteer is not null) return;
        _dir = Path.Combine(Path.GetTempPath(), "marsad-web-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        string db = Path.Combine(_dir, "test.db");
        var pipeline = MarsadPipeline.CreateDefault();
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var inputs = new (string Id, string Text, string? Title, string Published, string Outlet)[]
        {
            ("bukamal", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "bukamal.txt")), null, "2017-11-10", "Ammon News"),
            ("bukamal-army", Read(fixtures, "bukamal-army.txt"), null, "2017-11-12", "SANA"),
            ("irbid-protest", Read(fixtures, "irbid-protest.txt"), null, "2018-02-02", "Al Ghad"),
            ("saada-airstrike", Read(fixtures, "saada-airstrike.txt"), null, "2018-03-01", "Al Masirah"),
            ("xss", Read(fixtures, "xss.txt"), XssTitle, "2018-05-05", "<b>Evil</b> Outlet"),
        };
        using (var store = new SqliteEventStore(db))
        {
            var runner = IngestRunner.ForPipeline(store, pipeline);
            var batch = inputs.Select(a =>
            {
                var article = new Article(a.Id, a.Text, a.Title, null, null, a.Outlet, a.Id + ".txt");
                return runner.Extract(article, Fingerprints.ContentHash(a.Title, a.Text), DateOnly.Parse(a.Published), a.Outlet);
            }).ToList();
            store.WriteBatch(batch, Array.Empty<IngestError>());
            store.Consolidate();
        }
        _server = MarsadServer.Create(new ServerOptions { DbPath = db, Urls = "http://127.0.0.1:0", Pipeline = PipelineHost.Of(pipeline), Log = false });
        await _server.StartAsync();
        BaseUrl = _server.Addresses.First(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)).TrimEnd('/');
        Http.BaseAddress = new Uri(BaseUrl + "/");
        var articles = await Http.GetStringAsync("api/articles?limit=50");
        using var json = System.Text.Json.JsonDocument.Parse(articles);
        foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
        {
            string doc = item.GetProperty("documentId").GetString()!;
            if (doc == "bukamal") BukamalArticle = item.GetProperty("id").GetInt64();
            if (doc == "xss") XssArticle = item.GetProperty("id").GetInt64();
        }
    }

    private static string Read(string dir, string name) => File.ReadAllText(Path.Combine(dir, name));

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_dir is not null) try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<WebFixture>;
