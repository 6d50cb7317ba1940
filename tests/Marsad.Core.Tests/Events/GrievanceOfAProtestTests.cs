using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تظاهر آلاف الأكراد في كولونيا تنديدا بالغارات التي يشنها الجيش التركي على مقاتلي حزب العمال الكردستاني": what a
/// protest denounces (after "تنديدا ب", "احتجاجا على", "للترحم على") is its grievance — with no day of its own, no event
/// at the protest's place; and its sides, dead and days are not the protest's.
/// </summary>
public class GrievanceOfAProtestTests
{
    [GazetteerFact]
    public void Strikes_a_protest_denounces_are_no_strike_at_the_protest()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتظاهر آلاف الأكراد أمس في مدينة كولونيا الألمانية تنديدا بالغارات التي يشنها الجيش التركي على مقاتلي حزب العمال الكردستاني.",
            "2015-08-09").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Null(e.Actor2);
    }

    [GazetteerFact]
    public void The_dead_and_the_month_of_an_attack_mourned_are_not_the_protest_s()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تظاهر نحو مئتي شخص في بروكسل للتنديد بالغارات التي يشنها الجيش التركي وللترحم على ضحايا الهجوم الذي أثار موجة العنف هذه في يوليو.",
            "2015-08-09").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Null(e.Fatalities);
        Assert.Equal(new DateOnly(2015, 8, 9), e.Date.Date);
    }

    [GazetteerFact]
    public void A_killing_with_a_day_of_its_own_is_still_told()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "تظاهر المئات في مدينة البصرة احتجاجا على مقتل شاب برصاص الشرطة أمس الأول.", "2018-07-20").Events;
        Assert.Contains(events, e => e.EventType == "Violence against civilians" || e.SubEventType == "Excessive force against protesters");
    }
}
