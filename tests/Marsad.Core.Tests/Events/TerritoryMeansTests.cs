namespace Marsad.Core.Tests.Events;

// A territory word after ب is a means or an aim ("وباستعادتها") unless the clause's verb is the doing or an advance.
public class TerritoryMeansTests
{
    [Theory]
    [InlineData("أحرزت قوات الجيش الوطني اليمني تقدما جديدا بتحرير مواقع جديدة في مدينة تعز من ميليشيا الحوثي.", 1)]
    [InlineData("قامت قوات الجيش الوطني اليمني بتحرير مواقع جديدة من ميليشيا الحوثي في مدينة تعز.", 1)]
    [InlineData("تسعى قوات الجيش الوطني اليمني إلى حماية المدنيين بتحرير مدينة تعز من ميليشيا الحوثي.", 0)]
    // (the doing of something that is no ground: a car seized)
    [InlineData("قام مسلحو تنظيم داعش بالاستيلاء على سيارة أحد المواطنين في مدينة القصرين.", 0)]
    public void Ground_taken_by_a_doing_or_an_advance_is_taken(string sentence, int taken)
    {
        var events = TestPipeline.Extract(sentence, "2018-07-04").Events;
        Assert.Equal(taken, events.Count(e => e.SubEventType is "Government regains territory" or "Non-state actor overtakes territory"));
    }
}
