using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ونظمت تجمعات أخرى الأحد في … بيرث وهوبارت", "نظموا تجمعات في بعض شوارع اللاذقية": rallies organised are protests,
/// one at each town listed.
/// </summary>
public class RalliesOrganizedTests
{
    [GazetteerFact]
    public void Rallies_organised_in_towns_are_a_protest_at_each() =>
        Assert.Equal(2, TestPipeline.ExtractWithRealGazetteer(
            "كان مئات الأشخاص قد شاركوا في تظاهرات في أستراليا. ونظمت تجمعات أخرى الأحد في مدينتي بيرث وهوبارت الأستراليتين.", "2015-07-20").Events
            .Count(e => e.SubEventType == "Peaceful protest" && e.Location?.Place?.Name is "Perth" or "Hobart"));

    [GazetteerFact]
    public void Angry_residents_who_organised_rallies_protested() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وأن الأهالي الغاضبين نظموا تجمعات في بعض شوارع اللاذقية وطالبوا بتوقيف سليمان الأسد.", "2015-08-09").Events,
            e => e.EventType == "Protests");
}
