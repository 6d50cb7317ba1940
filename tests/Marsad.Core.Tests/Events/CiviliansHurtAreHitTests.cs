using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حالات اختناق بين المدنيين … إثر قصف جوي شنته قوات النظام السوري السبت على مدينة دوما": a strike with no side hit
/// named, whose sentence names civilians hurt (dead, wounded, choking), hit those civilians — not the article's usual
/// armed opponent. Not when the sentence says no one was hurt ("ولم تسجل إصابات بين المدنيين").
/// </summary>
public class CiviliansHurtAreHitTests
{
    [GazetteerFact]
    public void The_civilians_hurt_are_whom_the_strike_hit()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وتسيطر فصائل المعارضة على مدينة دوما. وقال المرصد السوري لحقوق الإنسان إن حالات اختناق بين المدنيين قد سجلت إثر قصف جوي شنته قوات النظام السوري السبت على مدينة دوما.",
            "2018-04-08");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal("Civilians (Syria)", strike.Actor2?.Name);
    }

    [GazetteerFact]
    public void No_one_hurt_leaves_the_usual_opponent()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وتسيطر فصائل المعارضة على مدينة دوما. ولم تسجل إصابات بين المدنيين جراء قصف جوي شنته قوات النظام السوري السبت على مدينة دوما.",
            "2018-04-08");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Actor2?.Inter == 7);
    }
}
