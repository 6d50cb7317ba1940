using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بالعاصمة اليمنية", "في العاصمة" with no town named: the capital of the country the adjective names, or of the
/// country the article's place lies in — Sanaa in a story from Aden, Baghdad for "العاصمة العراقية".
/// </summary>
public class TheCapitalByItsWordTests
{
    [GazetteerFact]
    public void The_capital_with_a_nationality_adjective_is_that_countrys() =>
        Assert.Equal("Baghdad", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "انفجرت سيارة مفخخة في العاصمة العراقية اليوم.", "2015-07-27").Events).Location?.Place?.Name);

    [GazetteerFact]
    public void The_capital_alone_is_the_capital_of_the_articles_country()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قتل خمسة أشخاص في قصف حوثي على عدن. وشنت مقاتلات التحالف غارات جوية على مواقع يسيطر عليها الحوثيون وقوات صالح في العاصمة.", "2015-07-27").Events;
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike" && e.Location?.Place?.Name == "Sanaa");
    }

    [GazetteerFact]
    public void Military_sites_with_their_adjectives_name_the_side_hit()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "كثف طيران التحالف العربي من هجماته على مواقع استراتيجية عسكرية للحوثي في صعدة والضالع.", "2015-08-06").Events;
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("Houthi Movement", e.Actor2?.Name));
    }
}
