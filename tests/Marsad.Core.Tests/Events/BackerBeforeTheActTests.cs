using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أن الجيش تمكن بإسناد من قوات التحالف من تحرير قرى": a backer named between "تمكن" and the act is no subject of
/// it — the side that managed the liberation is the one before the verb.
/// </summary>
public class BackerBeforeTheActTests
{
    [GazetteerFact]
    public void The_backer_after_the_verb_of_managing_did_not_take_the_villages()
    {
        var taking = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأضافت المصادر أن الجيش تمكن بإسناد من قوات التحالف من تحرير قرى آل معيض في مديرية باقم.", "2018-10-17").Events);
        Assert.Equal("Government regains territory", taking.SubEventType);
        Assert.StartsWith("Military Forces of Yemen", taking.Actor1!.Name);
    }

    [GazetteerFact]
    public void Members_of_a_group_are_no_backer() =>
        Assert.Equal("Islamic State", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أقدم عناصر من تنظيم داعش على خطف خمسة رعاة أغنام في منطقة صحراوية قرب مدينة تكريت بمحافظة صلاح الدين.", "2018-05-07").Events).Actor1!.Name);
}
