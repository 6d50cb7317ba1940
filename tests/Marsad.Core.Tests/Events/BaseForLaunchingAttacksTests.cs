using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "يحول سوريا لقاعدة لإطلاق الهجمات على إسرائيل", "دمرت أربع منصات لإطلاق صواريخ الكاتيوشا": what a base or a
/// launcher is for ("لإطلاق", in order to launch) is no act done; a launch told as done still is.
/// </summary>
public class BaseForLaunchingAttacksTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-05-07");

    [GazetteerFact]
    public void Attacks_a_base_is_for_are_none() =>
        Assert.Empty(Extract("وقال الوزير إنه من غير المقبول أن يحول الأسد سوريا لقاعدة لإطلاق الهجمات على إسرائيل من مطار التيفور.").Events);

    [GazetteerFact]
    public void Launchers_destroyed_fire_nothing() =>
        Assert.DoesNotContain(Extract("كما استهدفت غارات التحالف تجمعات الحوثيين في مزارع الوهط، ودمرت أربع منصات لإطلاق صواريخ الكاتيوشا في عدن.").Events,
            e => e.SubEventType == "Shelling/artillery/missile attack");

    [GazetteerFact]
    public void Rockets_launched_still_are_an_attack() =>
        Assert.Contains(Extract("أطلق مسلحون صواريخ كاتيوشا على مدينة عدن أمس.").Events,
            e => e.SubEventType == "Shelling/artillery/missile attack");
}
