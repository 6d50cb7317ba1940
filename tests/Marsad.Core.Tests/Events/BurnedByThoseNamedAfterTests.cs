using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الطفل الرضيع … الذي أحرقه المستوطنون": the verb of burning with the victim as its suffix, the civilian named before
/// it and the burners after it, is an attack on that civilian — not a thing set on fire ("أحرقوها" of tyres names no one).
/// </summary>
public class BurnedByThoseNamedAfterTests
{
    [GazetteerFact]
    public void The_infant_the_settlers_burned_was_attacked_by_them()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وما زالت صورة الطفل الرضيع محمد الذي أحرقه المستوطنون داخل بيته في قرية دوما قرب نابلس حاضرة في الأذهان.", "2015-08-06").Events);
        Assert.Equal(AcledTaxonomy.ViolenceAgainstCivilians, e.EventType);
        Assert.Equal("Settlers (Israel)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Tyres_burned_again_are_no_attack()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("وأحرق المتظاهرون الإطارات ثم أحرقوها مرة أخرى في شوارع نابلس.", "2015-08-06").Events;
        Assert.DoesNotContain(events, e => e.EventType == AcledTaxonomy.ViolenceAgainstCivilians);
    }
}
