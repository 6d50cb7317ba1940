using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل 13 شخصا الأحد في مايدوغوري خلال هجوم لجماعة بوكو حرام": the dead named right after a verb of killing are the
/// side the act after them hit, with the day, the place or both between them and the act.
/// </summary>
public class DeadBeforeTheDayAndPlaceTests
{
    [GazetteerTheory]
    [InlineData("قتل 13 شخصا الأحد في مايدوغوري خلال هجوم انتقامي لجماعة بوكو حرام.")]
    [InlineData("قتل 13 شخصا في مدينة مايدوغوري في هجوم لجماعة بوكو حرام.")]
    public void The_dead_are_the_people_the_attack_hit(string sentence)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(sentence, "2015-08-03").Events);
        Assert.Equal(("Attack", "Boko Haram", "Civilians (Nigeria)", 13), (e.SubEventType, e.Actor1?.PlainName, e.Actor2?.Name, e.Fatalities));
    }
}
