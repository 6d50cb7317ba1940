using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أسفرت مداهمة أمنية … عن مقتل 10 من العناصر الإرهابية": a raid with deaths was a fight — an armed clash of the
/// raiding force (the place's police when unnamed) with the men raided (the place's unidentified armed group when unnamed).
/// </summary>
public class RaidWithDeathsTests
{
    [GazetteerFact]
    public void A_raid_that_killed_militants_is_a_clash_of_the_places_police_with_them()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أسفرت مداهمة أمنية في مدينة العريش بمحافظة شمال سيناء، الثلاثاء، عن مقتل 10 من العناصر الإرهابية.", "2018-10-09").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.StartsWith("Police Forces of Egypt", e.Actor1?.Name);
        Assert.Equal("Unidentified Armed Group (Egypt)", e.Actor2?.Name);
        Assert.Equal(10, e.Fatalities);
    }

    [GazetteerFact]
    public void The_people_killed_in_a_den_raided_are_its_armed_men()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأشار البيان إلى أن قوات الأمن داهمت وكر اختباء المتورطين في محافظة البحيرة شمالي البلاد، مما أسفر عن مصرع 6 أشخاص.", "2018-06-28").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Egypt)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_raid_with_no_deaths_stays_an_arrest()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "داهمت قوات الأمن منزل المتهم في مدينة العريش واعتقلته.", "2018-10-09").Events);
        Assert.Equal("Arrests", e.SubEventType);
    }

    [GazetteerFact]
    public void General_security_in_a_2018_story_is_not_syrias_post_2024_force()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اعتقلت قوات الأمن العام ثلاثة مطلوبين في مدينة السلط الأردنية.", "2018-08-12").Events);
        Assert.DoesNotContain("2024", e.Actor1?.Name);
    }

    [Fact]
    public void An_exchange_of_gunfire_is_a_clash()
    {
        var doc = TestPipeline.Extract("وتمت مداهمتها وتبادل إطلاق الأعيرة النارية مع العناصر المسلحة.", "2018-10-09");
        Assert.Contains(doc.Triggers, t => t.Entries.Any(x => x.SubEventType == AcledTaxonomy.ArmedClash) && doc.Slice(t.Span).StartsWith("وتبادل"));
    }
}
