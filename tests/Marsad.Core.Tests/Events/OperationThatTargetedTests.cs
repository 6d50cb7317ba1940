using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في عملية أمنية نفذتها قوات عراقية استهدفت تجمعات التنظيم": an operation of ground forces that targeted a side, no
/// weapon named, was a fight — ACLED's armed clash, not shelling; and a leader "killed after an attack of" a side was
/// killed by it.
/// </summary>
public class OperationThatTargetedTests
{
    [GazetteerFact]
    public void A_security_operation_that_targeted_gatherings_is_a_clash()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 12 عنصرا من داعش في عملية أمنية نفذتها قوات عراقية استهدفت تجمعات التنظيم شمال الرمادي أمس.", "2015-07-31").Events);
        Assert.Equal(("Armed clash", "Military Forces of Iraq (2014-2022)", "Islamic State"), (e.SubEventType, e.Actor1?.Name, e.Actor2?.Name));
    }

    [GazetteerFact]
    public void Killed_after_an_attack_of_a_side_names_the_attacker_and_the_dead()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل قيادي حوثي في عدن أمس بعد هجوم للمقاومة الشعبية.", "2015-07-31").Events);
        Assert.Equal(("Popular Resistance (Yemen)", "Houthi Movement"), (e.Actor1?.Name, e.Actor2?.Name));
    }
}
