using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أدى الحادث الإرهابي … إلى استشهاد 12 من رجال الأمن، ومن بين الشهداء الطالب عمر الذي كان قد التحق بالدورة": the
/// pluperfect of a relative clause on someone the act hit is that person's past, not the act's; a pluperfect that tells
/// the act itself still makes it background.
/// </summary>
public class PluperfectOfAnAsideTests
{
    [GazetteerFact]
    public void A_victim_s_past_in_a_relative_clause_leaves_the_act_news()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أدى الحادث الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة بعسير إلى استشهاد 12 من رجال الأمن، ومن بين الشهداء الطالب عمر الذي كان قد التحق بدورة الطوارئ الخاصة في شهر ربيع الثاني الماضي.",
            "2015-08-08").Events;
        var bombing = Assert.Single(events);
        Assert.Equal(12, bombing.Fatalities);
    }

    [GazetteerFact]
    public void A_pluperfect_act_is_still_background()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وكان قد قتل 12 من رجال الأمن في تفجير استهدف مسجدا في مدينة أبها.", "2015-10-08").Events;
        Assert.Empty(events);
    }
}
