using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marsad.Web;

public sealed record ServerOptions
{
    public required string DbPath { get; init; }
    /// <summary>Where to listen; loopback only by default. Port 0 picks a free port (see <see cref="MarsadServer.Addresses"/>).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    /// <summary>The folder with index.html and vendor/; default: <see cref="WebRoot.Locate"/>.</summary>
    public string? WebRoot { get; init; }
    /// <summary>The extraction pipeline; default: loaded from data/ and the gazetteer index on first use.</summary>
    public PipelineHost? Pipeline { get; init; }
    /// <summary>Log requests and start-up to the console (off in tests).</summary>
    public bool Log { get; init; } = true;
    /// <summary>Largest body POST /api/extract accepts, in bytes.</summary>
    public int MaxExtractBytes { get; init; } = 200 * 1024;
}

/// <summary>Where the front-end files are: $MARSAD_WEB_ROOT, else wwwroot beside the binaries, else src/Marsad.Web/wwwroot above the working directory.</summary>
public static class WebRoot
{
    public static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_WEB_ROOT");
        if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(beside, "index.html"))) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Marsad.Web", "wwwroot");
            if (File.Exists(Path.Combine(candidate, "index.html"))) return candidate;
        }
        return beside;
    }

    /// <summary>Whether the npm assets (Leaflet, borders, font) were copied in by scripts/setup.</summary>
    public static bool HasVendor(string root) => File.Exists(Path.Combine(root, "vendor", "leaflet", "leaflet.js"))
        && File.Exists(Path.Combine(root, "vendor", "world-atlas", "countries-50m.json"));
}

/// <summary><c>marsad serve</c>: the JSON API (see <see cref="Api"/>), its OpenAPI description and the web page, over one store.</summary>
public sealed class MarsadServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StoreGateway _store;

    private MarsadServer(WebApplication app, StoreGateway store, string webRoot)
    {
        _app = app;
        _store = store;
        WebRootPath = webRoot;
    }

    public string WebRootPath { get; }

    public WebApplication App => _app;

    /// <summary>The addresses the server listens on (after <see cref="StartAsync"/>), e.g. http://127.0.0.1:41234.</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? new List<string>();

    public static MarsadServer Create(ServerOptions options)
    {
        string webRoot = options.WebRoot ?? WebRoot.Locate();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(MarsadServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = Math.Max(options.MaxExtractBytes * 2L, 1 << 20);
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        if (options.Log) builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Marsad API";
            doc.Info.Description = "Conflict events extracted from Arabic news: events (merged across articles), their evidence and sources, "
                + "articles with their recognised spans, full-text search, conflicting claims, control timelines, and extraction from posted text.";
            return Task.CompletedTask;
        }));
        var store = StoreGateway.Open(options.DbPath);
        var pipeline = options.Pipeline ?? PipelineHost.Default();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSingleton(options);
        var app = builder.Build();

        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h["X-Frame-Options"] = "DENY";
            // Defence in depth behind the page's escaping: no inline or foreign script can run.
            h["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
            await next();
        });
        var files = new PhysicalFileProvider(Directory.Exists(webRoot) ? webRoot : AppContext.BaseDirectory);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes(),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        Api.Map(app);
        return new MarsadServer(app, store, webRoot);
    }

    private static Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider ContentTypes()
    {
        var p = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        p.Mappings[".mjs"] = "text/javascript";
        p.Mappings[".woff2"] = "font/woff2";
        return p;
    }

    public Task StartAsync(CancellationToken cancel = default) => _app.StartAsync(cancel);

    public Task RunAsync(CancellationToken cancel = default) => _app.RunAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        try { await _app.StopAsync(); } catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException) { }
        await _app.DisposeAsync();
        _store.Dispose();
    }
}
