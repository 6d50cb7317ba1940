using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A strike by the chemical attack's own force, at its place within a day, whose sentence tells of choking or gas
/// ("حالات اختناق … إثر قصف جوي") delivered that attack: one chemical event, not a strike beside it. A foreign state's
/// strikes in answer stay strikes of their own.
/// </summary>
public class StrikeThatGassedTests
{
    private const string Douma = "قال المرصد السوري لحقوق الإنسان إن حالات اختناق بين المدنيين قد سجلت إثر قصف جوي شنته قوات النظام السوري السبت على مدينة دوما.\n"
                                 + "واتهمت الخوذ البيضاء قوات النظام السوري بشن هجوم كيماوي على مدينة دوما السبت أسفر عن مقتل العشرات.";

    [GazetteerFact]
    public void The_strike_that_choked_is_the_chemical_attack()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(Douma, "2018-04-08").Events;
        Assert.Contains(events, e => e.SubEventType == "Chemical weapon");
        Assert.DoesNotContain(events, e => e.SubEventType == "Air/drone strike");
    }

    [GazetteerFact]
    public void A_foreign_reprisal_stays_a_strike() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(Douma + "\nوشنت الولايات المتحدة غارات على مواقع للنظام في دوما السبت ردا على الهجوم الكيماوي.", "2018-04-08").Events,
            e => e.SubEventType == "Air/drone strike" && e.Actor1?.Country == "US");
}
