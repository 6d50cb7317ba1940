using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مواقع عدة لتنظيم داعش": the side named after a target noun is the side hit even with a word of number between
/// ("عدة", "أخرى"), so the artillery that shelled them is the other side's — and "خططوا لاغتيالات وعمليات تفجير"
/// tells of a plot, not of bombings.
/// </summary>
public class SitesOfTheFoeTests
{
    [GazetteerFact]
    public void Several_sites_of_the_group_are_what_was_shelled()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأفاد ضابط كردي بأن مدفعية قوات البيشمركة قصفت مواقع عدة لتنظيم داعش جنوب كركوك ما أسفر عن مقتل 14 من عناصره.", "2015-08-09").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal("Peshmerga", e.Actor1?.Name);
            Assert.Equal("Islamic State", e.Actor2?.Name);
        });
    }

    [GazetteerFact]
    public void A_plot_of_bombings_is_no_bombing() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر أمنية إن عناصر من الخلية خططوا لاغتيالات وعمليات تفجير في مدينة عدن.", "2015-08-06").Events);
}
