using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قام تنظيم داعش بإعدام شخصين", "وقامت قوات الأمن باعتقال 12 شخصا": the subject of "قام" did the killing, execution or
/// arrest its verbal noun with ب names — not the people after it. (Only such acts, by an armed side: "قامت الولايات
/// المتحدة بتسليم" hands over no ground.)
/// </summary>
public class DoneByTheSubjectOfQamaTests
{
    [GazetteerFact]
    public void The_subject_of_qama_executed_the_people_after_the_verbal_noun()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قام تنظيم داعش بإعدام شخصين في مدينة الفلوجة.", "2015-08-01").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1!.Name);
        Assert.Equal("Civilians (Iraq)", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void The_subject_of_qama_arrested() =>
        Assert.StartsWith("Police Forces of Syria", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقامت قوات الأمن باعتقال 12 شخصا في حي الشيخ مقصود بحلب.", "2015-08-01").Events).Actor1!.Name);

    [GazetteerFact]
    public void A_state_handing_over_weapons_takes_no_ground() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقامت الولايات المتحدة بتسليم مصر ثماني طائرات مقاتلة في القاهرة.", "2015-08-04").Events,
            e => e.SubEventType == "Non-violent transfer of territory");
}
