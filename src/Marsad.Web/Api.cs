using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Core;
using Marsad.Core.Input;
using Marsad.Core.Records;
using Marsad.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web;

/// <summary>The JSON API under /api. Errors are RFC 7807 problem details with a message that says what to change.</summary>
public static class Api
{
    public const int MaxPage = 20_000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/stats", (StoreGateway store) => Results.Ok(store.Stats()))
            .WithSummary("Counts of what the store holds");

        api.MapGet("/facets", (StoreGateway store) => Results.Ok(Facets(store)))
            .WithSummary("Values for the filters: countries, event types, actors, date range");

        api.MapGet("/events", (HttpRequest req, StoreGateway store) =>
        {
            if (!TryFilters(req, out var query, out var error)) return error!;
            if (!TryPaging(req, 100, out int offset, out int limit, out error)) return error!;
            var all = store.Events(query, Flag(req, "reports"));
            return Results.Ok(new Page<EventSummary>(all.Count, offset, limit, all.Skip(offset).Take(limit).Select(EventSummary.Of).ToList()));
        }).WithSummary("Events (merged across articles; reports=true for one per article), filtered like `marsad events`, paged")
          .Produces<Page<EventSummary>>();

        api.MapGet("/events.csv", (HttpRequest req, StoreGateway store) =>
        {
            if (!TryFilters(req, out var query, out var error)) return error!;
            var sw = new StringWriter();
            RecordWriter.WriteAcledCsv(sw, store.Events(query, Flag(req, "reports")).Select(m => m.Record));
            return Download(sw.ToString(), "text/csv; charset=utf-8", "marsad-events.csv");
        }).WithSummary("The filtered events in ACLED's 31 CSV columns");

        api.MapGet("/events.geojson", (HttpRequest req, StoreGateway store) =>
        {
            if (!TryFilters(req, out var query, out var error)) return error!;
            var sw = new StringWriter();
            RecordWriter.WriteGeoJson(sw, store.Events(query, Flag(req, "reports")).Select(m => m.Record));
            return Download(sw.ToString(), "application/geo+json; charset=utf-8", "marsad-events.geojson");
        }).WithSummary("The filtered events as a GeoJSON FeatureCollection");

        api.MapGet("/events/{id:long}", (long id, StoreGateway store) =>
        {
            var m = store.Event(id);
            if (m is null) return NotFound($"no event {id}");
            var ids = m.Reports.Select(r => r.Id).ToHashSet();
            string? place = m.Record.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? m.Record.Location ?? m.Record.LocationAr;
            var conflicts = place is null ? new List<ConflictView>()
                : store.Locked(s => s.Conflicts(place, null)).Where(p => ids.Contains(p.A.Id) || ids.Contains(p.B.Id)).Select(ConflictView.Of).ToList();
            return Results.Ok(new EventDetail(m.Id, m.Record, m.Reports.Select(ReportView.Of).ToList(), conflicts));
        }).WithSummary("One event with every report, its evidence, sources and the claims it conflicts with")
          .Produces<EventDetail>();

        api.MapGet("/articles", (HttpRequest req, StoreGateway store) =>
        {
            if (!TryPaging(req, 50, out int offset, out int limit, out var error)) return error!;
            var (items, total) = store.Articles(offset, limit);
            return Results.Ok(new Page<ArticleSummary>(total, offset, limit, items));
        }).WithSummary("Stored articles, newest first, paged").Produces<Page<ArticleSummary>>();

        api.MapGet("/articles/{id:long}", async (long id, StoreGateway store, PipelineHost pipeline, CancellationToken cancel) =>
        {
            var a = store.Article(id);
            if (a is null) return NotFound($"no article {id}");
            var reports = store.EventsOfArticle(id);
            var events = reports.Select(e => new AnnotatedEvent(e.Id.ToString(CultureInfo.InvariantCulture), e.MergedId, e.Record)).ToList();
            var published = DateOnly.TryParse(a.Published, CultureInfo.InvariantCulture, out var d) ? d : (DateOnly?)null;
            var article = new Article(a.DocumentId, a.Text, a.Title, null, a.Url, a.Outlet);
            var doc = await pipeline.ProcessAsync(article.ToDocument(published, a.Outlet), cancel);
            IReadOnlyList<Annotation> annotations;
            string? note = null;
            if (doc is not null && doc.Text == a.DocumentText) annotations = Annotator.Annotate(doc, events);
            else
            {
                annotations = FromEvidence(events, a.DocumentText);
                note = pipeline.Error ?? "the pipeline read a different text; only the spans stored with the events are shown";
            }
            return Results.Ok(new ArticleView(a.Id, a.DocumentId, a.Title, a.Published, a.Outlet, a.Url, a.DocumentText,
                events.Select(e => View(e, e.StoreId)).ToList(), annotations, note));
        }).WithSummary("One article: its text (title + body), its events, and the recognised actors, places, dates, numbers and triggers, each linked to the events it fed")
          .Produces<ArticleView>();

        api.MapGet("/search", (HttpRequest req, StoreGateway store) =>
        {
            string q = req.Query["q"].ToString();
            if (string.IsNullOrWhiteSpace(q)) return BadRequest("give the words to search for in q (e.g. /api/search?q=البوكمال)");
            if (!TryFilters(req, out var query, out var error)) return error!;
            if (!TryPaging(req, 20, out _, out int limit, out error)) return error!;
            var hits = store.Locked(s => s.Search(q, query, Math.Min(limit, 200)));
            return Results.Ok(hits.Select(h => new SearchHitView(h.ArticleId, h.DocumentId, h.Title, h.Published, h.Outlet, h.Url, h.Score,
                h.Snippet.Text, h.Snippet.Highlights.Select(x => new HighlightRange(x.Start, x.End)).ToList(), h.DuplicateGroup)).ToList());
        }).WithSummary("Full-text search over articles (Arabic-aware), with the event filters").Produces<List<SearchHitView>>();

        api.MapGet("/claims", (HttpRequest req, StoreGateway store) =>
        {
            string? place = Str(req, "place");
            if (!TryDate(req, "from", out var from, out var error)) return error!;
            if (!TryPaging(req, 200, out int offset, out int limit, out error)) return error!;
            var all = store.Locked(s => s.Conflicts(place, from));
            return Results.Ok(new Page<ConflictView>(all.Count, offset, limit, all.Skip(offset).Take(limit).Select(ConflictView.Of).ToList()));
        }).WithSummary("Conflicting claims side by side (within an article, or across articles), paged").Produces<Page<ConflictView>>();

        api.MapGet("/places/{place}/control", (string place, StoreGateway store) =>
            Results.Ok(Control(store, place))).WithSummary("Control timeline of a place: who held it, when, according to whom; contested periods marked")
            .Produces<List<ControlPeriodView>>();

        api.MapGet("/places/{place}", (string place, StoreGateway store) =>
        {
            var events = store.Events(new EventQuery { Place = place });
            var names = events.SelectMany(e => new[] { e.Record.Location, e.Record.LocationAr }).Where(n => !string.IsNullOrEmpty(n)).Distinct().Cast<string>().ToList();
            var claims = store.Locked(s => s.Conflicts(place, null)).Select(ConflictView.Of).ToList();
            return Results.Ok(new PlaceView(place, names, events.Select(EventSummary.Of).ToList(), Control(store, place), claims));
        }).WithSummary("A place: its events over time, its control timeline and the contested claims about it").Produces<PlaceView>();

        api.MapPost("/extract", Extract)
            .WithSummary("Extract events from posted text: application/json {text, published?, title?, outlet?} or text/plain (published in the query); at most 200 KB of UTF-8")
            .Produces<ExtractResponse>()
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(503);
    }

    private static List<ControlPeriodView> Control(StoreGateway store, string place) => store.Locked(s =>
    {
        var events = s.TerritorialEvents(place);
        var conflicted = s.Conflicts(place, null).SelectMany(p => new[] { p.A.Id, p.B.Id }).ToHashSet();
        return ControlTimeline.Build(events, conflicted).Select(ControlPeriodView.Of).ToList();
    });

    private static async Task<IResult> Extract(HttpRequest req, PipelineHost pipeline, ServerOptions options, CancellationToken cancel)
    {
        int max = options.MaxExtractBytes;
        string mediaType = (req.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        bool json = mediaType is "application/json" or "text/json";
        if (!json && mediaType != "text/plain")
            return Problem(415, $"send the text as application/json ({{\"text\": \"…\", \"published\": \"YYYY-MM-DD\"}}) or text/plain, not '{(mediaType == "" ? "no content type" : mediaType)}'");
        // Read (and past the limit, drain) the whole body, so the client gets the answer rather than a reset connection.
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        long total = 0;
        int n;
        try
        {
            while ((n = await req.Body.ReadAsync(chunk, cancel)) > 0)
            {
                total += n;
                if (total <= max) buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException) { total = long.MaxValue; }   // beyond Kestrel's own limit
        if (total > max)
            return Problem(413, $"the body is {(total == long.MaxValue ? "over " + (max * 2 / 1024) + " KB" : total.ToString("N0") + " bytes")}; "
                + $"at most {max:N0} bytes ({max / 1024} KB) of text can be extracted at once: send a shorter text");
        if (buffer.Length == 0) return BadRequest("the body is empty; send the article text");
        string body;
        try { body = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length); }
        catch (DecoderFallbackException e)
        {
            return BadRequest($"the body is not valid UTF-8 (bad byte at offset {e.Index}); send UTF-8 text (convert Windows-1256 first, or use `marsad extract FILE`)");
        }
        if (body.Length > 0 && body[0] == '\uFEFF') body = body[1..];
        ExtractRequest request;
        if (json)
        {
            try { request = JsonSerializer.Deserialize<ExtractRequest>(body, RequestJson) ?? throw new JsonException("null"); }
            catch (JsonException e) { return BadRequest($"the body is not valid JSON for {{\"text\": \"…\", \"published\": \"YYYY-MM-DD\"}}: {e.Message}"); }
        }
        else request = new ExtractRequest(body, Str(req, "published"), Str(req, "title"), Str(req, "outlet"), Str(req, "id"));
        if (string.IsNullOrWhiteSpace(request.Text)) return BadRequest("the text is empty; send the article text in \"text\"");
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(request.Published))
        {
            if (!DateOnly.TryParseExact(request.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p))
                return BadRequest($"published '{request.Published}' is not a date in the form YYYY-MM-DD");
            published = p;
        }
        var article = new Article(string.IsNullOrWhiteSpace(request.Id) ? "posted" : request.Id.Trim(), request.Text, request.Title, null, null, request.Outlet);
        var doc = await pipeline.ProcessAsync(article.ToDocument(published, request.Outlet), cancel);
        if (doc is null) return Problem(503, pipeline.Error ?? "the extraction pipeline is not available");
        var records = doc.Events.Select(e => RecordBuilder.Default.Build(e, doc)).ToList();
        var events = doc.Events.Zip(records, (e, r) => new AnnotatedEvent(e.Id, null, r)).ToList();
        return Results.Ok(new ExtractResponse(doc.Id, doc.Published?.ToString("yyyy-MM-dd"), doc.Text, records,
            events.Select(e => View(e, null)).ToList(), Annotator.Annotate(doc, events)));
    }

    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web);

    /// <summary>Without the pipeline: the spans the store kept with each event (its field evidence).</summary>
    private static List<Annotation> FromEvidence(IReadOnlyList<AnnotatedEvent> events, string text)
    {
        string Kind(string field) => field switch
        {
            var f when f.StartsWith("actor", StringComparison.Ordinal) => "actor",
            "location" => "place",
            "date" => "date",
            "fatalities" => "number",
            "trigger" => "trigger",
            "claim" or "condemner" => "source",
            _ => "other",
        };
        return events.SelectMany(e => e.Record.FieldEvidence.Select(f => (e, f)))
            .Where(x => x.f.Start >= 0 && x.f.End <= text.Length && x.f.Start < x.f.End)
            .GroupBy(x => (Kind(x.f.Field), x.f.Start, x.f.End))
            .Select(g => new Annotation(g.Key.Item1, g.Key.Start, g.Key.End, text[g.Key.Start..g.Key.End], g.First().f.Field,
                g.Select(x => new SpanLink(x.e.Id, x.f.Field)).DistinctBy(l => l.EventId).ToList()))
            .OrderBy(a => a.Start).ThenByDescending(a => a.End).ToList();
    }

    private static ArticleEvent View(AnnotatedEvent e, long? merged) => new(e.Id, merged, e.Record.EventDate, e.Record.EventType,
        e.Record.SubEventType, e.Record.Actor1, e.Record.Actor2, e.Record.Location ?? e.Record.LocationAr, e.Record.Fatalities, e.Record.ClaimSource, e.Record.Evidence);

    private static Facets Facets(StoreGateway store)
    {
        var all = store.Events(new EventQuery());
        var stats = store.Stats();
        List<Facet> Count(IEnumerable<(string? Value, string? Label)> values, int top = int.MaxValue) => values
            .Where(v => !string.IsNullOrEmpty(v.Value)).GroupBy(v => v.Value!)
            .Select(g => new Facet(g.Key, g.First().Label, g.Count())).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .Take(top).ToList();
        return new Facets(
            Count(all.Select(e => (e.Record.Iso2 ?? e.Record.Country, e.Record.Country))),
            Count(all.Select(e => ((string?)e.Record.EventType, (string?)null))),
            Count(all.Select(e => ((string?)e.Record.SubEventType, (string?)e.Record.EventType))),
            Count(all.SelectMany(e => new[] { (e.Record.Actor1, e.Record.Actor1Ar), (e.Record.Actor2, e.Record.Actor2Ar) }), 300),
            all.Count == 0 ? null : all.Min(e => e.Record.EventDate), all.Count == 0 ? null : all.Max(e => e.Record.EventDate),
            all.Count, stats.Articles);
    }

    // ----- request parsing with clear errors -----

    private static string? Str(HttpRequest req, string name)
    {
        string s = req.Query[name].ToString().Trim();
        return s.Length == 0 ? null : s;
    }

    private static bool Flag(HttpRequest req, string name) => Str(req, name) is "1" or "true" or "yes";

    private static bool TryDate(HttpRequest req, string name, out DateOnly? date, out IResult? error)
    {
        date = null;
        error = null;
        if (Str(req, name) is not { } s) return true;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) { date = d; return true; }
        error = BadRequest($"{name} '{s}' is not a date in the form YYYY-MM-DD");
        return false;
    }

    /// <summary>The filters of <c>marsad events</c>: country, admin1, place, actor, type, from, to.</summary>
    public static bool TryFilters(HttpRequest req, out EventQuery query, out IResult? error)
    {
        query = new EventQuery();
        if (!TryDate(req, "from", out var from, out error) || !TryDate(req, "to", out var to, out error)) return false;
        if (from is { } f && to is { } t && t < f) { error = BadRequest($"to ({t:yyyy-MM-dd}) is before from ({f:yyyy-MM-dd})"); return false; }
        query = new EventQuery
        {
            Country = Str(req, "country"), Admin1 = Str(req, "admin1"), Place = Str(req, "place"), Actor = Str(req, "actor"),
            Type = Str(req, "type"), From = from, To = to,
        };
        return true;
    }

    private static bool TryPaging(HttpRequest req, int defaultLimit, out int offset, out int limit, out IResult? error)
    {
        offset = 0;
        limit = defaultLimit;
        error = null;
        if (Str(req, "offset") is { } o && (!int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            error = BadRequest($"offset '{o}' is not a whole number ≥ 0");
            return false;
        }
        if (Str(req, "limit") is { } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxPage))
        {
            error = BadRequest($"limit '{l}' must be a whole number from 1 to {MaxPage}");
            return false;
        }
        return true;
    }

    private static IResult Download(string content, string type, string name) =>
        Results.File(Encoding.UTF8.GetBytes(content), type, name);

    private static IResult BadRequest(string detail) => Problem(400, detail);

    private static IResult NotFound(string detail) => Problem(404, detail);

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
