using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال في مدينة الخليل": confrontations of the people of the West Bank or
/// Gaza with the occupying army are a riot there (ACLED's violent demonstration, Rioters (Palestine) against the army),
/// even when the article tells of no march; armed fighting ("اشتباكات") is not turned so.
/// </summary>
public class ConfrontationsInTheOccupiedLandTests
{
    [GazetteerTheory]
    [InlineData("اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال في مدينة الخليل.")]
    [InlineData("اندلعت مواجهات بين عشرات الشبان وقوات الاحتلال عند المدخل الشمالي لمدينة الخليل، رشق خلالها الشبان الجنود بالحجارة.")]
    public void Confrontations_with_the_occupying_army_are_a_riot(string text)
    {
        var riot = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-01").Events);
        Assert.Equal("Violent demonstration", riot.SubEventType);
        Assert.Equal("Rioters (Palestine)", riot.Actor1!.Name);
        Assert.Equal("Military Forces of Israel (2009-2021)", riot.Actor2!.Name);
    }

    [GazetteerFact]
    public void Confrontations_elsewhere_need_a_demonstration() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("وقتل مدنيون في مواجهات بين الجيش والحوثيين في مدينة الحديدة.", "2018-06-01").Events,
            e => e.SubEventType == "Violent demonstration");
}
