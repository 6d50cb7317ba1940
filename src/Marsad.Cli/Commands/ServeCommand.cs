using System.CommandLine;
using Marsad.Storage;
using Marsad.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad serve [--db PATH] [--urls URLS]</c>: the web UI (map, event table, articles, places, claims) and the JSON API
/// (OpenAPI at /openapi/v1.json) over a store, on 127.0.0.1:5080 unless told otherwise.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = new StoreOptions().Db;
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (; between several); loopback only by default",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var command = new Command("serve", "Web UI and JSON API over the store") { db, urls };
        command.SetAction((parse, cancel) => Run(StoreOptions.PathOf(parse, db), parse.GetValue(urls)!, cancel));
        return command;
    }

    private static async Task<int> Run(string dbPath, string urls, CancellationToken cancel)
    {
        if (!File.Exists(dbPath))
        {
            Console.Error.WriteLine($"error: no database at {dbPath}; run `marsad ingest PATH…` first (or give --db)");
            return 2;
        }
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"error: --urls: '{url}' is not an address such as http://127.0.0.1:5080");
                return 2;
            }
            if (!uri.IsLoopback && uri.Host != "localhost")
                Console.Error.WriteLine($"warning: {url} is reachable from other machines; the API has no authentication");
        }
        MarsadServer server;
        try { server = MarsadServer.Create(new ServerOptions { DbPath = dbPath, Urls = urls }); }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {dbPath}: {e.Message}");
            return 2;
        }
        await using (server)
        {
            if (!WebRoot.HasVendor(server.WebRootPath))
                Console.Error.WriteLine($"warning: the map's npm assets are missing under {server.WebRootPath}/vendor; run scripts/setup");
            server.App.Services.GetRequiredService<PipelineHost>().WarmUp();
            server.App.Services.GetRequiredService<StoreGateway>().WarmUp();
            try { await server.StartAsync(cancel); }
            catch (IOException e)
            {
                Console.Error.WriteLine($"error: cannot listen on {urls}: {e.Message}");
                return 2;
            }
            Console.Error.WriteLine($"marsad serve: {dbPath} on {string.Join(", ", server.Addresses)} (Ctrl-C to stop)");
            // Until Ctrl-C or SIGTERM (the host's console lifetime stops the app) or the command is cancelled.
            try { await server.App.WaitForShutdownAsync(cancel); }
            catch (OperationCanceledException) { }
        }
        return 0;
    }
}
