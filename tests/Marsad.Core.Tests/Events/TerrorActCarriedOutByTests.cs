using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "العملية الإرهابية التي نفذتها «داعش» في … راح ضحيتها عشرات القتلى": a terrorist act a named armed group carried out,
/// with its dead told, is that group's attack — though "عملية" alone is too weak a word to make one.
/// </summary>
public class TerrorActCarriedOutByTests
{
    [GazetteerFact]
    public void A_terrorist_act_an_armed_group_carried_out_with_its_dead_is_its_attack()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقال الوزير إن السبب هو العملية الإرهابية التي نفذتها «داعش» في تجمع للأكراد ببلدة سروج، راح ضحيتها عشرات القتلى.",
            "2015-07-31").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor1?.PlainName);
    }
}
