using Marsad.Core.Input;

namespace Marsad.Core.Tests.Input;

public class ArticleReaderTests
{
    private const string Trec = """
        <DOC>
        <DOCNO>BB-middleEast-1-20180218</DOCNO>
        <URL>http://www.bbc.co.uk/arabic/x</URL>
        <SRC>BBC</SRC>
        <TITLE>قصف على حلب</TITLE>
        <TIME>Sun, 18 Feb 2018 23:12:00 GMT</TIME>
        <TEXT>
        قصفت الطائرات مدينة حلب &amp; ريفها.
        </TEXT>
        </DOC>
        """;

    [Fact]
    public void Reads_trec_xml_with_local_publication_date()
    {
        var a = Assert.Single(ArticleReader.Read(Trec, "a.txt"));
        Assert.Equal("BB-middleEast-1-20180218", a.Id);
        Assert.Equal("قصف على حلب", a.Title);
        Assert.Equal("BBC Arabic", a.Outlet);
        Assert.Contains("حلب & ريفها", a.Text);
        // 23:12 GMT on Sunday is already Monday where the outlet writes.
        Assert.Equal(new DateOnly(2018, 2, 19), a.LocalDate);
        var doc = a.ToDocument();
        Assert.StartsWith("قصف على حلب\n", doc.Text);
    }

    [Theory]
    [InlineData("skynews", "Sky News Arabia")]     // the corpora spell their outlets in either case
    [InlineData("France24", "France 24 Arabic")]
    [InlineData("okaz", "okaz")]                   // an outlet we have no display name for is kept as given
    public void Outlet_codes_become_display_names(string src, string name) => Assert.Equal(name, ArticleReader.OutletName(src));

    [Fact]
    public void Broken_trec_xml_is_an_error_naming_the_file()
    {
        var e = Assert.Throws<InputException>(() => ArticleReader.Read("<DOC>\n<DOCNO>x</DOCNO>\n<TEXT>truncated", "broken.xml"));
        Assert.Contains("broken.xml", e.Message);
    }

    [Fact]
    public void Reads_json_objects_arrays_and_lines()
    {
        var one = Assert.Single(ArticleReader.Read("{\"id\":\"a1\",\"title\":\"t\",\"text\":\"نص\",\"published\":\"2018-03-01\",\"outlet\":\"Sabq\"}", "a.json"));
        Assert.Equal("a1", one.Id);
        Assert.Equal(new DateOnly(2018, 3, 1), one.LocalDate);
        var array = ArticleReader.Read("[{\"source\":\"okaz\",\"content\":\"نص أول\"},{\"source\":\"okaz\",\"content\":\"نص ثان\"}]", "b.json");
        Assert.Equal(2, array.Count);
        Assert.Equal("okaz", array[0].Outlet);
        var lines = ArticleReader.Read("{\"id\":\"1\",\"text\":\"أ\"}\n{\"id\":\"2\",\"text\":\"ب\"}\n", "c.jsonl");
        Assert.Equal(new[] { "1", "2" }, lines.Select(a => a.Id));
    }

    [Theory]
    // a GMT stamp is seen where the outlet is (UTC+3); one with its own offset is the outlet's
    [InlineData("\"published\":\"2015-07-21T23:30:00Z\"", 2015, 7, 22)]
    [InlineData("\"published\":\"2015-07-21T23:30:00+01:00\"", 2015, 7, 21)]
    // one without a zone is the outlet's own clock
    [InlineData("\"published\":\"2015-07-21 23:30:00\"", 2015, 7, 21)]
    // a crawler's time: read before dawn, the article is the evening's
    [InlineData("\"date_extracted\":\"2015-07-21 23:30:00\"", 2015, 7, 21)]
    [InlineData("\"date_extracted\":\"2015-07-22 02:10:00\"", 2015, 7, 21)]
    [InlineData("\"date_extracted\":\"2015-07-22 09:00:00\"", 2015, 7, 22)]
    public void The_local_date_of_a_json_stamp(string stamp, int year, int month, int day)
    {
        var a = Assert.Single(ArticleReader.Read("{\"text\":\"نص\"," + stamp + "}", "a.json"));
        Assert.Equal(new DateOnly(year, month, day), a.LocalDate);
    }

    [Theory]
    // read at 02:55 on Tuesday 21 July: "أمس الاثنين" and "اليوم (الثلاثاء)" say the morning paper's own day; "اليوم
    // (الاثنين)" and no weekday at all leave the evening's
    [InlineData("وقتل 30 شخصا أمس الاثنين في هجوم انتحاري.", 2015, 7, 21)]
    [InlineData("قال الوزير اليوم (الثلاثاء) إن الهجوم أوقع 30 قتيلا.", 2015, 7, 21)]
    [InlineData("قال الوزير اليوم (الاثنين) إن الهجوم أوقع 30 قتيلا.", 2015, 7, 20)]
    [InlineData("قال الوزير إن الهجوم أوقع 30 قتيلا.", 2015, 7, 20)]
    // read days late: "اليوم (الجمعة)" is the day it was written, and so is the day after "أمس الخميس"; days that
    // disagree leave the crawl's reading
    [InlineData("قتل 13 شخصا اليوم (الجمعة) في تفجيرات.", 2015, 7, 17)]
    [InlineData("قتل 13 شخصا أمس الخميس في تفجيرات.", 2015, 7, 17)]
    [InlineData("قتل 13 شخصا اليوم (الجمعة) وقال الوزير اليوم الأحد إن …", 2015, 7, 20)]
    public void A_text_crawled_after_midnight_or_days_late_names_the_day_it_was_written(string text, int year, int month, int day)
    {
        var a = Assert.Single(ArticleReader.Read("{\"text\":\"" + text + "\",\"date_extracted\":\"2015-07-21 02:55:24\"}", "a.json"));
        Assert.Equal(new DateOnly(year, month, day), a.LocalDate);
    }

    [Theory]
    [InlineData("{\"id\": \"x\", \"text\": ")]
    [InlineData("[{\"id\": \"x\"}]")]
    [InlineData("{\"id\":\"1\",\"text\":\"أ\"}\n{broken\n")]
    public void Broken_json_is_an_error_naming_the_file(string json)
    {
        var e = Assert.Throws<InputException>(() => ArticleReader.Read(json, "bad.json"));
        Assert.StartsWith("bad.json", e.Message);
    }

    [Fact]
    public void Reads_the_main_text_of_html_and_ignores_scripts()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>عنوان</title><meta property="og:site_name" content="Al Arabiya">
            <meta property="article:published_time" content="2018-05-01T10:00:00+03:00"><script>alert('x')</script></head>
            <body><nav>قائمة</nav><article><h1>غارات على إدلب</h1><p>شنت الطائرات غارات على إدلب.</p><p>وقتل خمسة.</p></article>
            <footer>حقوق</footer></body></html>
            """;
        var a = Assert.Single(ArticleReader.Read(html, "page.html"));
        Assert.Equal("غارات على إدلب", a.Title);
        Assert.Equal("شنت الطائرات غارات على إدلب.\nوقتل خمسة.", a.Text);
        Assert.Equal("Al Arabiya", a.Outlet);
        Assert.Equal(new DateOnly(2018, 5, 1), a.LocalDate);
        Assert.DoesNotContain("alert", a.Text);
    }

    [Fact]
    public void Plain_text_is_one_article_and_empty_text_is_an_error()
    {
        Assert.Equal("قال", Assert.Single(ArticleReader.Read("قال", "p.txt")).Text);
        Assert.Throws<InputException>(() => ArticleReader.Read("  \n ", "empty.txt"));
    }

    [Fact]
    public void A_huge_article_is_refused_with_a_clear_message()
    {
        var huge = new string('ب', ArticleReader.MaxArticleChars + 1);
        var e = Assert.Throws<InputException>(() => ArticleReader.Read(huge, "dump.txt"));
        Assert.Contains("dump.txt", e.Message);
        Assert.Contains("split", e.Message);
    }
}
