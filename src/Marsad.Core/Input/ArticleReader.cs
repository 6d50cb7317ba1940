using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Marsad.Core.Input;

/// <summary>
/// Reads articles from the formats users have: plain text, TREC/ANT-style XML (&lt;DOC&gt; with DOCNO, TIME, TITLE,
/// TEXT — the shared corpora), JSON objects or arrays and JSONL ({id, title, text|content, published|date, url,
/// outlet|source}), and HTML pages (main text via AngleSharp). The format is taken from the content, not the
/// extension. Problems raise <see cref="InputException"/> naming the file and what is wrong.
/// </summary>
public static partial class ArticleReader
{
    /// <summary>
    /// The longest article text accepted (characters). News articles are a few thousand characters; anything
    /// beyond this is a corpus or a dump, and is refused with a message rather than slowing a batch to a crawl.
    /// </summary>
    public static int MaxArticleChars { get; set; } = 2_000_000;

    public static IReadOnlyList<Article> ReadFile(string path)
    {
        var decoded = TextDecoder.ReadFile(path);
        return Read(decoded.Text, path);
    }

    public static IReadOnlyList<Article> Read(string text, string sourceName)
    {
        string id = Path.GetFileNameWithoutExtension(sourceName);
        string head = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.Length == 0) throw new InputException(sourceName, "empty file");
        IReadOnlyList<Article> articles;
        if (head.StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<DOC ", StringComparison.OrdinalIgnoreCase))
            articles = ReadTrec(text, sourceName);
        else if (head[0] is '{' or '[')
            articles = ReadJson(head, sourceName, id);
        else if (LooksLikeHtml(head))
            articles = new[] { ReadHtml(text, sourceName, id) };
        else
            articles = new[] { new Article(id, text, SourcePath: sourceName) };
        if (articles.Count == 0) throw new InputException(sourceName, "no article found");
        foreach (var a in articles)
            if (a.Text.Length > MaxArticleChars)
                throw new InputException(sourceName, $"article {a.Id} has {a.Text.Length:N0} characters, more than the {MaxArticleChars:N0} an article may have; split the file into articles");
        return articles;
    }

    private static bool LooksLikeHtml(string head) =>
        head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
        || (head.StartsWith('<') && HtmlTag().IsMatch(head[..Math.Min(head.Length, 2000)]));

    // TREC/ANT files are XML-like but not always well-formed (bare & and <), so fields are taken by tag, tolerantly.
    private static IReadOnlyList<Article> ReadTrec(string text, string sourceName)
    {
        var list = new List<Article>();
        foreach (Match doc in TrecDoc().Matches(text))
        {
            string body = doc.Groups[1].Value;
            string? docno = Field(body, "DOCNO");
            string? content = Field(body, "TEXT");
            if (content is null)
                throw new InputException(sourceName, $"document {docno ?? "#" + (list.Count + 1)} has no <TEXT>...</TEXT> (broken or truncated XML)");
            DateTimeOffset? published = null;
            if (Field(body, "TIME") is { } time)
            {
                if (!DateTimeOffset.TryParse(time.Replace("GMT", "+00:00"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
                    throw new InputException(sourceName, $"document {docno}: unreadable <TIME> \"{time}\"");
                published = t;
            }
            string? src = Field(body, "SRC");
            list.Add(new Article(docno ?? Path.GetFileNameWithoutExtension(sourceName), Unescape(content).Trim(),
                Field(body, "TITLE") is { } title ? Unescape(title).Trim() : null, published, Field(body, "URL"), OutletName(src), sourceName));
        }
        if (list.Count == 0) throw new InputException(sourceName, "starts like TREC XML but has no complete <DOC>...</DOC> (broken XML)");
        return list;
    }

    private static string? Field(string body, string tag)
    {
        int start = body.IndexOf("<" + tag + ">", StringComparison.OrdinalIgnoreCase);
        if (start < 0) return null;
        start += tag.Length + 2;
        int end = body.IndexOf("</" + tag + ">", start, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? null : body[start..end];
    }

    private static string Unescape(string s) => s.Contains('&') ? System.Net.WebUtility.HtmlDecode(s) : s;

    /// <summary>Display names for the outlets of the shared corpora; anything else is kept as given.</summary>
    /// (The corpora spell them "BBC", "CNN", "france24", "skynews": matched without regard to case.)
    public static string? OutletName(string? src) => src?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "bbc" => "BBC Arabic",
        "cnn" => "CNN Arabic",
        "france24" => "France 24 Arabic",
        "skynews" => "Sky News Arabia",
        "alarabiya" => "Al Arabiya",
        _ => src.Trim(),
    };

    private static IReadOnlyList<Article> ReadJson(string text, string sourceName, string id)
    {
        var list = new List<Article>();
        if (IsJsonLines(text))
        {
            int lineNo = 0;
            foreach (var line in text.Split('\n'))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    using var doc = JsonDocument.Parse(line);
                    list.Add(FromJson(doc.RootElement, sourceName, $"{id}-{lineNo}"));
                }
                catch (JsonException e) { throw new InputException(sourceName, $"line {lineNo}: broken JSON ({e.Message})"); }
            }
            return list;
        }
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
            {
                int k = 0;
                foreach (var e in doc.RootElement.EnumerateArray()) list.Add(FromJson(e, sourceName, $"{id}-{++k}"));
            }
            else list.Add(FromJson(doc.RootElement, sourceName, id));
        }
        catch (JsonException e) { throw new InputException(sourceName, $"broken JSON ({e.Message})"); }
        return list;
    }

    /// <summary>JSONL: several top-level objects, one per line (the text starting at its first non-blank character).</summary>
    public static bool IsJsonLines(ReadOnlySpan<char> head) =>
        head.Length > 0 && head[0] == '{' && (head.TrimEnd().Contains("}\n{", StringComparison.Ordinal) || head.Contains("}\r\n{", StringComparison.Ordinal));

    internal static Article FromJson(JsonElement e, string sourceName, string fallbackId)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new InputException(sourceName, $"{fallbackId}: expected a JSON object with a \"text\" field");
        string? Str(params string[] names)
        {
            foreach (var n in names)
                if (e.TryGetProperty(n, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    return v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
            return null;
        }
        string? text = Str("text", "content", "body");
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(sourceName, $"{fallbackId}: no \"text\" (or \"content\") field");
        DateTimeOffset? published = Str("published", "date", "date_published", "time") is { } d ? Stamp(d)
            : Str("date_extracted") is { } crawled && Stamp(crawled) is { } c ? CrawlDay.Published(c, text) : null;
        return new Article(Str("id", "docno", "doc_id") ?? fallbackId, text, Str("title"), published, Str("url"), Str("outlet", "source"), sourceName);
    }

    // A stamp with its zone ("Z", "+03:00", "GMT") is that instant; one without is the outlet's own clock — the region's
    // UTC+3 — not UTC: SaudiNewsNet's "2015-07-21 23:30:00" is still the 21st where the article was written.
    private static DateTimeOffset? Stamp(string text)
    {
        text = text.Trim();
        bool zoned = ExplicitZone().IsMatch(text);
        if (!DateTimeOffset.TryParse(text.Replace("GMT", "+00:00").Replace("UTC", "+00:00"), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var t)) return null;
        return zoned ? t : new DateTimeOffset(t.DateTime, Article.OutletOffset);
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2}|GMT|UTC)$", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitZone();

    private static Article ReadHtml(string html, string sourceName, string id)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var junk in document.QuerySelectorAll("script, style, nav, header, footer, aside, form, noscript").ToList()) junk.Remove();
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null) throw new InputException(sourceName, "HTML page without a body");
        var paragraphs = root.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Where(p => p.Length > 0).ToList();
        string text = paragraphs.Count > 0 ? string.Join("\n", paragraphs) : root.TextContent.Trim();
        if (text.Length == 0) throw new InputException(sourceName, "HTML page with no text");
        string? title = document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title;
        DateTimeOffset? published = null;
        string? stamp = document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (stamp is not null && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)) published = t;
        string? url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        string? outlet = document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        return new Article(id, text, title, published, url, outlet, sourceName);
    }

    [GeneratedRegex(@"<DOC>(.*?)</DOC>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TrecDoc();

    [GeneratedRegex(@"<(p|div|body|head|article|title)[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
