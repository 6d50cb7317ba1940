using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A car-ramming of soldiers ("دهس ثلاثة جنود إسرائيليين بسيارة يقودها شاب فلسطيني") is one man's attack on an army —
/// an armed clash with an unidentified attacker, not a crowd of rioters facing it.
/// </summary>
public class CarRammingTests
{
    [GazetteerFact]
    public void Soldiers_rammed_by_a_palestinian_are_an_armed_clash()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("وأصيب ثلاثة جنود إسرائيليين مساء أمس في عملية دهس نفذها شاب فلسطيني عند مدخل قرية سنجل.", "2015-08-08").Events;
        var e = Assert.Single(events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Ramming_three_soldiers_is_an_act_by_its_count() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وأسفر دهس ثلاثة جنود إسرائيليين أمس بسيارة يقودها شاب فلسطيني قرب قرية سنجل عن إصابتهم بجروح.", "2015-08-08").Events,
            e => e.EventType == "Battles");
}
