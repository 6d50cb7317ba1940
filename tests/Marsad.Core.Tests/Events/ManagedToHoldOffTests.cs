using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تمكنت قوات الحشد الشعبي من صد هجوم شنه عناصر داعش على مواقعها": whoever managed to hold the attack off fought it —
/// the attacker, named in the attack's own clause, is actor 1 and the defender actor 2, not a nameless "المهاجمين".
/// </summary>
public class ManagedToHoldOffTests
{
    [GazetteerFact]
    public void The_one_who_managed_to_hold_off_the_attack_fought_it()
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تمكنت قوات الحشد الشعبي من صد هجوم شنه عناصر داعش على مواقعها قرب قضاء القائم على الحدود السورية، وقتلت سبعة من المهاجمين.", "2018-06-02").Events);
        Assert.Equal("Armed clash", clash.SubEventType);
        Assert.Equal("Islamic State", clash.Actor1!.Name);
        Assert.Equal("Popular Mobilization Forces", clash.Actor2!.Name);
    }
}
