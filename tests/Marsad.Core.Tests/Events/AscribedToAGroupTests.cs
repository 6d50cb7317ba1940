using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في أحدث هجوم ينسب إلى حزب العمال الكردستاني": the group an attack is ascribed to carried it out — it is no target of
/// the blast that killed the soldiers named before it.
/// </summary>
public class AscribedToAGroupTests
{
    [GazetteerFact]
    public void The_group_ascribed_is_the_attacker()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قتل ثلاثة جنود أتراك وأصيب آخر أمس بانفجار عبوة في ولاية شرناخ في أحدث هجوم ينسب إلى حزب العمال الكردستاني.", "2015-08-06").Events;
        var e = Assert.Single(events);
        Assert.Equal("Kurdistan Workers' Party", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Turkey", e.Actor2?.Name);
    }
}
