namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في وقت يحاول فيه العراق استعادة السيطرة على مدينة الرمادي": what a side or a country tries, in the imperfect, with the
/// one who tries named between, is not done — no ground taken. The fighting the sentence tells stays.
/// </summary>
public class TriedBySomeoneTests
{
    [Fact]
    public void A_country_trying_to_retake_a_city_takes_no_ground() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وبحث الوزير مع قادة عسكريين تطورات الحملة في وقت يحاول فيه العراق استعادة السيطرة على مدينة الرمادي عاصمة محافظة الأنبار.", "2015-07-24").Events,
            e => e.EventType == "Strategic developments" || e.SubEventType.Contains("territory"));

    [Fact]
    public void Fighters_trying_to_retake_a_town_take_none_but_fight()
    {
        var events = TestPipeline.Extract(
            "واحتدم القتال في جنوب شرق البلاد حيث يحاول مقاتلو تنظيم داعش استعادة السيطرة على مدينة البوكمال من القوات الحكومية.", "2018-06-09").Events;
        Assert.Contains(events, e => e.SubEventType == "Armed clash");
        Assert.DoesNotContain(events, e => e.SubEventType.Contains("territory"));
    }
}
