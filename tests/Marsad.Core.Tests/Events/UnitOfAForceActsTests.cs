using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتلت قوات من جيش الاحتلال الأسير الفلسطيني": a unit of a force, named with "من" after the verb, is its subject — not a
/// count of the force's dead — and the freed prisoner it killed is a civilian.
/// </summary>
public class UnitOfAForceActsTests
{
    [GazetteerFact]
    public void Israeli_forces_killed_the_freed_prisoner()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتلت قوات من جيش الاحتلال فجر أمس الأسير الفلسطيني المحرر فلاح أبو ماريا في بلدة بيت أمر.", "2015-08-10").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
        Assert.Equal("Civilians (Palestine)", e.Actor2?.Name);
    }
}
