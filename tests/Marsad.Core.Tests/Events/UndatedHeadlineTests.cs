namespace Marsad.Core.Tests.Events;

/// <summary>
/// A headline act with no day of its own, of the kind of one the body tells in the same country a few days before, is
/// that act's headline ("طائرات الاحتلال الإسرائيلي تشن غارتين على قطاع غزة" over "شنت طائرات حربية إسرائيلية، فجر الخميس،
/// غارتين"); with a body act of its own day, it stays that day's.
/// </summary>
public class UndatedHeadlineTests
{
    private static Document Extract(string title, string body, string published) =>
        TestPipeline.Pipeline.Process(new Document(title + "\n" + body, "test", DateOnly.Parse(published), null, title));

    [Fact]
    public void An_undated_headline_is_the_strike_the_body_dates()
    {
        var doc = Extract("طائرات الاحتلال الإسرائيلي تشن غارتين على حلب",
            "شنت طائرات حربية إسرائيلية، فجر الخميس، غارتين على موقعين تابعين لحركة حماس في مدينة حلب، دون أن تسجل إصابات.", "2015-07-20");
        var e = Assert.Single(doc.Events);
        Assert.Equal(new DateOnly(2015, 7, 16), e.Date.Date);
    }
}
