using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>A fact that needs the gazetteer index, Debian's Chromium (/usr/bin/chromium) and the npm assets of scripts/setup.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (WebFixture.MissingGazetteer is { } why) Skip = why;
        else if (!File.Exists(Chromium)) Skip = $"needs Debian's Chromium at {Chromium} (apt-get install chromium; scripts/setup does it where apt works)";
        else if (!Marsad.Web.WebRoot.HasVendor(Marsad.Web.WebRoot.Locate()))
            Skip = $"needs the page's npm assets in {Marsad.Web.WebRoot.Locate()}/vendor; run scripts/setup";
    }
}

/// <summary>Headless Chromium on one page of the server, launched once for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.Chromium)) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage" },
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>
/// The page in headless Chromium: the map with borders and markers, filtering, an event card, its article with the
/// highlights linked to the event, the table and its downloads, the place view; and an article carrying script and
/// markup, of which nothing may run. Screenshots of the main views go to docs/screenshots.
/// </summary>
[Collection("web")]
public sealed class BrowserTests(WebFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> Open(string hash, bool bypassCsp = false)
    {
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 860 }, Locale = "en-GB", BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.Dialog += async (_, d) => { errors.Add("dialog: " + d.Message); await d.DismissAsync(); };
        // Nothing may leave the machine: no tile server, no fonts from elsewhere.
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(web.BaseUrl, StringComparison.Ordinal)) await route.ContinueAsync();
            else { errors.Add("outside request: " + route.Request.Url); await route.AbortAsync(); }
        });
        await page.GotoAsync(web.BaseUrl + "/" + hash);
        return (context, page, errors);
    }

    /// <summary>Polls a condition (WaitForFunction compiles its predicate with eval, which the page's CSP forbids).</summary>
    private static async Task Until(IPage page, string condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await page.EvaluateAsync<bool>("() => !!(" + condition + ")"))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException("still false after 20 s: " + condition);
            await Task.Delay(100);
        }
    }

    private static Task Ready(IPage page, string view) =>
        page.WaitForSelectorAsync($"body[data-ready='{view}']", new PageWaitForSelectorOptions { Timeout = 20_000 });

    private static string Screenshots()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
                return Directory.CreateDirectory(Path.Combine(dir.FullName, "docs", "screenshots")).FullName;
        return Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots(), name + ".png") });

    [BrowserFact]
    public async Task Map_filter_event_card_article_and_highlights()
    {
        var (context, page, errors) = await Open("#/map");
        await using var _ = context;
        await Ready(page, "map");
        await page.WaitForSelectorAsync("#map[data-borders]");
        Assert.True(int.Parse((await page.GetAttributeAsync("#map", "data-borders"))!) > 100, "country borders drawn from world-atlas");
        int all = int.Parse((await page.GetAttributeAsync("#map", "data-markers"))!);
        Assert.True(all >= 5, $"markers: {all}");
        Assert.True(await page.Locator(".marker-cluster").CountAsync() > 0, "the Abu Kamal events are clustered");
        await page.EvaluateAsync("document.fonts.ready");
        await Shot(page, "map");

        // Filter by type: only the protest in Irbid is left, as a lone marker coloured as a protest.
        await page.SelectOptionAsync("select[name=type]", "Protests");
        await page.ClickAsync("#filters button[type=submit]");
        await Until(page, "document.querySelector('#map').dataset.markers === '1'");
        Assert.Contains("type=Protests", page.Url);
        var marker = page.Locator(".ev-marker.t-protests");
        await marker.WaitForAsync();
        await marker.ClickAsync();
        await page.WaitForSelectorAsync("#card .event-card");
        string card = await page.InnerTextAsync("#card");
        Assert.Contains("Protests", card);
        Assert.Contains("Irbid", card);

        // Filter by country and date: the Syrian events of November 2017.
        await page.GotoAsync(web.BaseUrl + "/#/map?country=SY&from=2017-11-09&to=2017-11-30");
        await Until(page, "document.querySelector('#map').dataset.markers !== '1'");
        int syria = int.Parse((await page.GetAttributeAsync("#map", "data-markers"))!);
        Assert.InRange(syria, 2, all - 1);

        // Open one event's card from the cluster (the link a table row or a place gives), then its article.
        var id = (await page.EvaluateAsync<long>("fetch('/api/events?country=SY&type=Non-state').then(r => r.json()).then(p => p.items[0].id)"));
        await page.GotoAsync(web.BaseUrl + $"/#/map?event={id}");
        await page.WaitForSelectorAsync($"#card .event-card[data-event-id='{id}']", new PageWaitForSelectorOptions { Timeout = 20_000 });
        Assert.Contains("Islamic State", await page.InnerTextAsync("#card"));
        await Shot(page, "event-card");
        await page.ClickAsync("#card a.article-link");
        await Ready(page, "article");
        await page.WaitForSelectorAsync("#article-text mark.hl");
        foreach (var kind in new[] { "actor", "place", "date", "number", "trigger" })
            Assert.True(await page.Locator($"#article-text mark.hl-{kind}").CountAsync() > 0, $"no {kind} highlighted");
        // The event's own words are marked: its actor, its place, its trigger.
        var focused = page.Locator("#article-text mark.focus");
        Assert.True(await focused.CountAsync() >= 3, "the opened event's spans are marked");
        Assert.Contains("داعش", string.Join(" ", await focused.AllInnerTextsAsync()));
        Assert.Equal("rtl", await page.GetAttributeAsync("#article-text", "dir"));
        // Clicking a highlight says what it is and which event it fed.
        await page.Locator("#article-text mark.hl-place.linked").First.ClickAsync();
        string info = await page.InnerTextAsync("#span-info");
        Assert.Contains("place", info);
        Assert.Contains("as location", info);
        Assert.Contains("Deir ez-Zor", info);
        string family = await page.EvalOnSelectorAsync<string>("#article-text", "e => getComputedStyle(e).fontFamily");
        Assert.Contains("Noto Naskh Arabic", family);
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.check('16px \"Noto Naskh Arabic\"', 'البوكمال')"));
        await Shot(page, "article");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Table_filters_and_downloads()
    {
        var (context, page, errors) = await Open("#/events");
        await using var _ = context;
        await Ready(page, "events");
        int all = await page.Locator("#events-table tbody tr").CountAsync();
        Assert.True(all >= 5);
        await page.FillAsync("input[name=actor]", "Coalition");
        await page.ClickAsync("#filters button[type=submit]");
        await Until(page, $"document.querySelectorAll('#events-table tbody tr').length < {all}");
        var rows = await page.Locator("#events-table tbody tr").AllInnerTextsAsync();
        Assert.All(rows, r => Assert.Contains("Coalition", r));
        string? csv = await page.GetAttributeAsync("#download-csv", "href");
        Assert.Equal("/api/events.csv?actor=Coalition", csv);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-geojson"));
        string path = Path.Combine(Path.GetTempPath(), "marsad-" + Guid.NewGuid().ToString("N") + ".geojson");
        await download.SaveAsAsync(path);
        string geojson = await File.ReadAllTextAsync(path);
        File.Delete(path);
        Assert.Contains("FeatureCollection", geojson);
        Assert.Contains("Coalition", geojson);
        await page.GotoAsync(web.BaseUrl + "/#/events");
        await Until(page, $"document.querySelectorAll('#events-table tbody tr').length === {all}");
        await Shot(page, "events");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Place_view_shows_events_control_and_claims_side_by_side()
    {
        var (context, page, errors) = await Open("#/place/" + Uri.EscapeDataString("البوكمال"));
        await using var _ = context;
        await Ready(page, "place");
        Assert.True(await page.Locator("#place-bars .seg").CountAsync() >= 3);
        Assert.True(await page.Locator("#control-timeline .period").CountAsync() >= 2);
        Assert.True(await page.Locator("#control-timeline .period.contested").CountAsync() >= 1);
        Assert.True(await page.Locator("#place-claims .claims-pair").CountAsync() >= 1);
        string claims = await page.InnerTextAsync("#place-claims");
        Assert.Contains("Syrian Observatory for Human Rights", claims);
        await page.EvaluateAsync("document.fonts.ready");
        await Shot(page, "place");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Script_and_markup_in_an_article_never_run()
    {
        // With the Content-Security-Policy switched off, so that the page's escaping alone is what is tested.
        var (context, page, errors) = await Open($"#/article/{web.XssArticle}", bypassCsp: true);
        await using var _ = context;
        await Ready(page, "article");
        await page.WaitForSelectorAsync("#article-text");
        string text = await page.InnerTextAsync("#article-text");
        Assert.Contains("<script>", text);
        Assert.Contains("onerror=", text);
        Assert.Equal(0, await page.Locator("#view-article img, #view-article script, #view-article b, #view-article a[href^='javascript']").CountAsync());
        // The markup is also in the title, the outlet, and the evidence on the event card and in the table.
        Assert.Contains("<img src=x", await page.InnerTextAsync("#view-article h2"));
        await page.HoverAsync("#article-text");
        await page.GotoAsync(web.BaseUrl + "/#/events?actor=Coalition");
        await Ready(page, "events");
        await page.Locator("#events-table tbody tr").First.ClickAsync();
        await Ready(page, "event");
        await page.GotoAsync(web.BaseUrl + "/#/search?q=" + Uri.EscapeDataString("حجة"));
        await Ready(page, "search");
        await page.WaitForTimeoutAsync(300);   // let any injected handler fire (none should exist)
        Assert.Null(await page.EvaluateAsync<string?>("window.__marsadXss ?? null"));
        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        Assert.Empty(errors);
    }
}
