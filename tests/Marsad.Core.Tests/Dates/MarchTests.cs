using Marsad.Core.Dates;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Dates;

/// <summary>
/// "مارس" is March and the verb "practised" ("مارس الضغط"): after "في" (no verb stands there) or named in both
/// calendars ("مارس / أذار") it is the month.
/// </summary>
public class MarchTests
{
    private static readonly DateOnly October = new(2018, 10, 20);

    [Theory]
    [InlineData("خلال زيارة له في لندن في مارس / أذار عندما رشقه متظاهرون")]
    [InlineData("خلال زيارة له في لندن في مارس عندما رشقه متظاهرون")]
    [InlineData("منذ أواخر مارس آذار")]
    public void March_after_in_or_in_both_calendars_is_the_month(string text)
    {
        var d = Assert.Single(Analyze.Text(text, October).Dates);
        Assert.Equal(3, d.Date.Date.Month);
        Assert.Equal(DatePrecision.Month, d.Date.Precision);
    }

    [Fact]
    public void March_as_a_verb_is_no_date() =>
        Assert.Empty(Analyze.Text("مارس الوزير ضغوطا على الحكومة", October).Dates);
}
