using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استشهد أربعة مواطنين … في انفجار صاروخ من مخلفات الاحتلال الإسرائيلي": a weapon a force left behind that went off,
/// killing or wounding, is that force's explosive and its dead were whom it hit — a force named with a bomb is otherwise
/// what the bomb hit.
/// </summary>
public class LeftBehindByAForceTests
{
    [GazetteerFact]
    public void A_missile_the_occupation_left_behind_killed_civilians()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "استشهد أربعة مواطنين فلسطينيين، وأصيب نحو 30 آخرين بجراح بينهم إصابات خطيرة في انفجار صاروخ من مخلفات الاحتلال الإسرائيلي اليوم وسط مدينة رفح جنوب قطاع غزة.",
            "2015-08-07").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
        Assert.Equal(7, e.Actor2?.Inter);
        Assert.Equal(4, e.Fatalities);
    }

    [GazetteerFact]
    public void A_bomb_that_hit_a_police_patrol_stays_an_armed_groups()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قتل شرطيان في انفجار عبوة ناسفة استهدفت دورية للشرطة المصرية في مدينة العريش.", "2015-08-09").Events;
        Assert.DoesNotContain(events, e => e.EventType == AcledTaxonomy.Explosions && e.Actor1 is { IsState: true });
    }
}
