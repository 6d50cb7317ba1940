using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What a side used to do ("كانت الميليشيات تطلق قذائفها"), with no day and no one killed, is a habit in the past; what
/// was going on when something else happened ("بينما كانت طائرات التحالف تقصف"), or what a source says a side was doing,
/// is an act. Strikes in the plural told as those made lately ("الضربات الجوية التي وجهها مؤخرا") sum acts up.
/// </summary>
public class UsedToDoTests
{
    [GazetteerFact]
    public void What_a_side_used_to_fire_is_no_act()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وكان بقاء المعسكر بيد الحوثيين يشكل خطرا، فمنه كانت الميليشيات الحوثية تطلق قذائفها نحو المناطق المحررة في مدينة المخا.", "2018-05-11");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void What_was_going_on_meanwhile_is_an_act()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وجاءت الغارات أمس بينما كانت المعارضة السورية تشن هجوما على المربع الأمني للنظام في مدينة درعا.", "2015-07-25");
        Assert.Contains(doc.Events, e => e.SubEventType == "Armed clash");
    }

    [GazetteerFact]
    public void Strikes_made_lately_are_a_summary()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "يأتي ذلك بالتزامن مع الضربات الجوية الناجحة التي وجهها مؤخرا طيران التحالف على مواقع الحوثيين في مدينة المخا.", "2018-05-11");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Air/drone strike");
    }
}
