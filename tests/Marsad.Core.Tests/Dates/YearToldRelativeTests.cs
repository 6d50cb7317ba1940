using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Dates;

/// <summary>
/// A day or month whose year is told relative to the publication's ("من العام الماضي", "من هذا العام", "من السنة
/// الماضية") is one date in that year — not a recent day plus a year of its own.
/// </summary>
public class YearToldRelativeTests
{
    private static readonly DateOnly Published = new(2018, 8, 27);

    [Theory]
    [InlineData("وفي 25 أغسطس من العام الماضي اعتقلت الشرطة العشرات", "2017-08-25")]
    [InlineData("وفي 25 أغسطس من هذا العام اعتقلت الشرطة العشرات", "2018-08-25")]
    [InlineData("بعد استيلائهم على قضاء سنجار في الثالث من آب/أغسطس من العام الماضي", "2017-08-03")]
    [InlineData("وقع الهجوم في الخامس والعشرين من مارس من السنة الماضية", "2017-03-25")]
    public void The_day_takes_the_year_told(string text, string expected)
    {
        var date = Assert.Single(Analyze.Text(text, Published).Dates);
        Assert.Equal(DateOnly.Parse(expected), date.Date.Date);
    }

    [Fact]
    public void The_month_takes_the_year_told() =>
        Assert.Equal(new DateOnly(2017, 3, 15), Assert.Single(Analyze.Text("وفي مارس من العام الماضي اعتقلت الشرطة العشرات", Published).Dates).Date.Date);
}
