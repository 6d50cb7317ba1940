using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "فجرت فتاة في العاشرة من عمرها نفسها": the reflexive a few words after a verb of blowing up, its subject between, is a
/// suicide bombing — an unidentified armed group's, whoever the bomber was. A force blowing up a house is no suicide.
/// </summary>
public class BlewHerselfUpTests
{
    [GazetteerFact]
    public void A_girl_who_blew_herself_up()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "فجرت فتاة في العاشرة من عمرها نفسها في سوق مدينة مايدوغوري أمس.", "2015-07-26").Events);
        Assert.Equal("Suicide bomb", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_house_blown_up_is_no_suicide()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("وفجرت القوات الأمنية منزل المطلوب نفسه في مدينة العريش أمس، بعد إخلائه.", "2015-07-26").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Suicide bomb");
    }

    // (what such men do, told in the imperfect, is no one bombing)
    [GazetteerFact]
    public void Men_who_blow_themselves_up_are_no_bombing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("وقال إن التنظيم يجند الشبان في الموصل فيفجرون أنفسهم للفوز بالجنة.", "2015-08-08").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Suicide bomb");
    }
}
