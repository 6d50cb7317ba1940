using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Marsad.Web.Tests;

/// <summary>The JSON API against a real server on a loopback port, over a store the real pipeline built.</summary>
[Collection("web")]
public sealed class ApiTests(WebFixture web)
{
    private HttpClient Http => web.Http;

    private async Task<JsonElement> Json(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var res = await Http.GetAsync(path);
        string body = await res.Content.ReadAsStringAsync();
        Assert.True(res.StatusCode == expected, $"{path}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [GazetteerFact]
    public async Task Events_are_listed_with_coordinates_and_paged()
    {
        var page = await Json("api/events");
        int total = page.GetProperty("total").GetInt32();
        Assert.True(total >= 5, $"expected at least 5 events from 5 articles, got {total}");
        Assert.All(Items(page), e => Assert.Equal(JsonValueKind.Number, e.GetProperty("latitude").ValueKind));
        Assert.Contains(Items(page), e => e.GetProperty("locationAr").GetString() == "البوكمال" && e.GetProperty("iso2").GetString() == "SY");
        var second = await Json("api/events?offset=1&limit=2");
        Assert.Equal(total, second.GetProperty("total").GetInt32());
        Assert.Equal(Items(page).Skip(1).Take(2).Select(e => e.GetProperty("id").GetInt64()), Items(second).Select(e => e.GetProperty("id").GetInt64()));
    }

    [GazetteerFact]
    public async Task Events_are_filtered_like_marsad_events()
    {
        var syria = await Json("api/events?country=SY");
        Assert.NotEmpty(Items(syria));
        Assert.All(Items(syria), e => Assert.Equal("Syria", e.GetProperty("country").GetString()));
        var yemen = await Json("api/events?country=Yemen&type=Explosions");
        Assert.All(Items(yemen), e => Assert.Equal("Explosions/Remote violence", e.GetProperty("eventType").GetString()));
        Assert.NotEmpty(Items(yemen));
        var protests = await Json("api/events?type=Protests");
        Assert.All(Items(protests), e => Assert.Equal("Jordan", e.GetProperty("country").GetString()));
        var isis = await Json("api/events?actor=islamic%20state");
        Assert.All(Items(isis), e => Assert.Contains("Islamic State", e.GetProperty("actor1").GetString() + "|" + e.GetProperty("actor2").GetString()));
        var dated = await Json("api/events?from=2017-11-09&to=2017-11-30");
        Assert.All(Items(dated), e => Assert.InRange(e.GetProperty("date").GetString()!, "2017-11-09", "2017-11-30"));
        var place = await Json("api/events?place=" + Uri.EscapeDataString("البوكمال"));
        Assert.NotEmpty(Items(place));
        Assert.All(Items(place), e => Assert.Equal("Deir ez-Zor", e.GetProperty("admin1").GetString()));
        var admin1 = await Json("api/events?admin1=deir");
        Assert.Equal(Items(place).Count(), Items(admin1).Count());
    }

    [GazetteerFact]
    public async Task Bad_filters_and_paging_are_refused_with_a_message()
    {
        var bad = await Json("api/events?from=10/11/2017", HttpStatusCode.BadRequest);
        Assert.Contains("YYYY-MM-DD", bad.GetProperty("detail").GetString());
        var reversed = await Json("api/events?from=2018-01-01&to=2017-01-01", HttpStatusCode.BadRequest);
        Assert.Contains("before", reversed.GetProperty("detail").GetString());
        await Json("api/events?limit=0", HttpStatusCode.BadRequest);
        await Json("api/events?offset=-3", HttpStatusCode.BadRequest);
        await Json("api/events/999999", HttpStatusCode.NotFound);
        await Json("api/articles/999999", HttpStatusCode.NotFound);
        await Json("api/search", HttpStatusCode.BadRequest);
    }

    [GazetteerFact]
    public async Task One_event_has_its_reports_evidence_and_sources()
    {
        var id = Items(await Json("api/events?country=SY&type=Battles")).First().GetProperty("id").GetInt64();
        var e = await Json($"api/events/{id}");
        Assert.Equal(id, e.GetProperty("id").GetInt64());
        Assert.Equal("Syria", e.GetProperty("record").GetProperty("country").GetString());
        var report = e.GetProperty("reports").EnumerateArray().First();
        Assert.NotEmpty(report.GetProperty("evidence").EnumerateArray());
        Assert.NotEmpty(report.GetProperty("fieldEvidence").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(report.GetProperty("outlet").GetString()));
        Assert.True(report.GetProperty("articleId").GetInt64() > 0);
    }

    [GazetteerFact]
    public async Task An_article_has_its_text_and_spans_linked_to_its_events()
    {
        var a = await Json($"api/articles/{web.BukamalArticle}");
        string text = a.GetProperty("text").GetString()!;
        Assert.StartsWith("عمون", text);
        var events = a.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
        Assert.True(events.Count >= 3, $"the seed article has 3 events, got {events.Count}");
        var spans = a.GetProperty("annotations").EnumerateArray().ToList();
        foreach (var kind in new[] { "actor", "place", "date", "number", "trigger" })
            Assert.Contains(spans, s => s.GetProperty("kind").GetString() == kind);
        foreach (var s in spans)
        {
            int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], s.GetProperty("text").GetString());
            foreach (var link in s.GetProperty("events").EnumerateArray()) Assert.Contains(link.GetProperty("eventId").GetString(), events);
        }
        // Each event is fed by its actor, place and trigger spans.
        foreach (var field in new[] { "actor1", "location", "trigger" })
            Assert.Contains(spans, s => s.GetProperty("events").EnumerateArray().Any(l => l.GetProperty("field").GetString() == field));
        var abuKamal = spans.First(s => s.GetProperty("kind").GetString() == "place" && s.GetProperty("text").GetString() == "البوكمال");
        Assert.Contains("Deir ez-Zor", abuKamal.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("annotationNote").ValueKind);
        var list = await Json("api/articles");
        Assert.Equal(5, list.GetProperty("total").GetInt32());
    }

    [GazetteerFact]
    public async Task Search_claims_control_and_place()
    {
        var hits = await Json("api/search?q=" + Uri.EscapeDataString("البوكمال"));
        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("documentId").GetString() == "bukamal");
        var hit = hits.EnumerateArray().First();
        Assert.NotEmpty(hit.GetProperty("highlights").EnumerateArray());
        var claims = await Json("api/claims");
        Assert.True(claims.GetProperty("total").GetInt32() >= 2);
        var claimsHere = await Json("api/claims?place=" + Uri.EscapeDataString("البوكمال"));
        Assert.NotEmpty(Items(claimsHere));   // the Observatory and the army contradict each other
        var first = await Json("api/claims?limit=1&offset=1");
        Assert.Single(Items(first));
        var control = await Json("api/places/" + Uri.EscapeDataString("البوكمال") + "/control");
        Assert.NotEmpty(control.EnumerateArray());
        Assert.Contains(control.EnumerateArray(), p => p.GetProperty("contested").GetBoolean());
        var place = await Json("api/places/174448");   // Abu Kamal by its GeoNames id
        Assert.NotEmpty(place.GetProperty("events").EnumerateArray());
        Assert.NotEmpty(place.GetProperty("control").EnumerateArray());
        Assert.Contains("البوكمال", place.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        await Json("api/claims?from=yesterday", HttpStatusCode.BadRequest);
    }

    [GazetteerFact]
    public async Task Downloads_are_acled_csv_and_geojson_with_the_filters()
    {
        using var csv = await Http.GetAsync("api/events.csv?country=SY");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("marsad-events.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision", lines[0]);
        int syria = Items(await Json("api/events?country=SY")).Count();
        Assert.Equal(syria + 1, lines.Length);
        var geo = JsonDocument.Parse(await Http.GetStringAsync("api/events.geojson?type=Protests")).RootElement;
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var feature = Assert.Single(geo.GetProperty("features").EnumerateArray());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
    }

    [GazetteerFact]
    public async Task Facets_stats_openapi_and_the_page_are_served()
    {
        var facets = await Json("api/facets");
        Assert.Contains(facets.GetProperty("countries").EnumerateArray(), c => c.GetProperty("value").GetString() == "SY");
        Assert.Equal(5, facets.GetProperty("articles").GetInt64());
        var openapi = await Json("openapi/v1.json");
        var paths = openapi.GetProperty("paths");
        foreach (var p in new[] { "/api/events", "/api/events/{id}", "/api/articles/{id}", "/api/search", "/api/claims", "/api/places/{place}/control", "/api/extract" })
            Assert.True(paths.TryGetProperty(p, out _), $"OpenAPI lacks {p}");
        using var page = await Http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<div id=\"map\"", await page.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(HttpContent content, string path = "api/extract")
    {
        using var res = await Http.PostAsync(path, content);
        string body = await res.Content.ReadAsStringAsync();
        return (res.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    private static StringContent JsonBody(object o) => new(JsonSerializer.Serialize(o), Encoding.UTF8, "application/json");

    [GazetteerFact]
    public async Task Extract_returns_acled_records_for_posted_text()
    {
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "bukamal.txt"));
        var (status, body) = await Post(JsonBody(new { text = seed, published = "2017-11-10" }));
        Assert.Equal(HttpStatusCode.OK, status);
        var records = body.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(3, records.Count);
        Assert.Contains(records, r => r.GetProperty("sub_event_type").GetString() == "Non-state actor overtakes territory"
            && r.GetProperty("actor1").GetString() == "Islamic State" && r.GetProperty("event_date").GetString() == "2017-11-10");
        Assert.Contains(body.GetProperty("annotations").EnumerateArray(), a => a.GetProperty("events").GetArrayLength() > 0);
        var (plainStatus, plain) = await Post(new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "irbid-protest.txt")),
            Encoding.UTF8, "text/plain"), "api/extract?published=2018-02-02");
        Assert.Equal(HttpStatusCode.OK, plainStatus);
        Assert.Equal("Protests", plain.GetProperty("records").EnumerateArray().Single().GetProperty("event_type").GetString());
    }

    [GazetteerFact]
    public async Task Extract_refuses_bad_input_with_clear_4xx()
    {
        async Task Expect(HttpContent content, HttpStatusCode status, string words, string path = "api/extract")
        {
            var (s, body) = await Post(content, path);
            Assert.True(s == status, $"expected {(int)status}, got {(int)s}");
            Assert.Contains(words, body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        }
        await Expect(JsonBody(new { text = "   " }), HttpStatusCode.BadRequest, "empty");
        await Expect(new StringContent("", Encoding.UTF8, "text/plain"), HttpStatusCode.BadRequest, "empty");
        await Expect(new StringContent("{\"text\": \"قتل", Encoding.UTF8, "application/json"), HttpStatusCode.BadRequest, "not valid JSON");
        await Expect(new StringContent("[1,2]", Encoding.UTF8, "application/json"), HttpStatusCode.BadRequest, "not valid JSON");
        await Expect(JsonBody(new { text = "قتل", published = "10/11/2017" }), HttpStatusCode.BadRequest, "YYYY-MM-DD");
        var cp1256 = new ByteArrayContent(new byte[] { 0xE3, 0xCF, 0xED, 0xE4, 0xC9, 0x20, 0xC7, 0xE1 });   // "مدينة ال" in Windows-1256
        cp1256.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        await Expect(cp1256, HttpStatusCode.BadRequest, "UTF-8");
        await Expect(new StringContent(new string('ب', 120_000), Encoding.UTF8, "text/plain"), HttpStatusCode.RequestEntityTooLarge, "KB");
        await Expect(new StringContent("<x/>", Encoding.UTF8, "application/xml"), HttpStatusCode.UnsupportedMediaType, "application/json");
    }
}
