using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل الاثنين 60 فلسطينيا": a day between the word of killing and the count does not stop the nationality after the
/// count naming the people killed.
/// </summary>
public class DayBeforeTheCountedPeopleTests
{
    [GazetteerTheory]
    [InlineData("وفي قطاع غزة قتل الاثنين حوالى 60 فلسطينيا برصاص القوات الإسرائيلية.")]
    [InlineData("وفي قطاع غزة قتل يوم الاثنين 60 فلسطينيا برصاص القوات الإسرائيلية.")]
    [InlineData("وفي قطاع غزة قتل، الاثنين، 60 فلسطينيا برصاص القوات الإسرائيلية.")]
    public void The_people_counted_after_the_day_are_the_dead(string text)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(text, "2018-05-19");
        var attack = Assert.Single(doc.Events);
        Assert.Equal("Civilians (Palestine)", attack.Actor2?.PlainName);
        Assert.Equal(60, attack.Fatalities);
        Assert.Equal(new DateOnly(2018, 5, 14), attack.Date.Date);
    }
}
