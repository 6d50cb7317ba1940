using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A visit to the wounded of an act ("اطمأن على صحة مصابي الحادث الإرهابي الذي وقع في مسجد قوات الطوارئ بعسير … خلال
/// زيارتهم المصابين أمس في مستشفى قوى الأمن بالرياض") tells of the act, a bombing as a terrorist act on a mosque with
/// its dead is; the hospital's town (or a town in a hospital's name) is no scene of it, and the day of the visit no day of it (the report's day stands).
/// </summary>
public class WoundedVisitedTests
{
    private static ExtractedEvent? Bombing() =>
        TestPipeline.ExtractWithRealGazetteer(
                "اطمأن أمير المنطقة على صحة مصابي الحادث الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة بعسير، حيث نقل مدير الأمن العام تحيات الأمير " +
                "خلال زيارتهم المصابين أمس في مستشفى قوى الأمن بالرياض.", "2015-08-10").Events
            .FirstOrDefault(e => e.SubEventType == "Remote explosive/landmine/IED");

    [GazetteerFact]
    public void The_act_whose_wounded_are_visited_is_a_bombing_where_it_happened() =>
        Assert.Equal("Asir", Bombing()?.Location?.Place?.Name);

    // ("توجهوا إلى مستشفى عسير المركزي وخميس مشيط المدني": the towns in the names of the hospitals the wounded lie in)
    [GazetteerFact]
    public void The_towns_of_hospitals_are_no_scene() =>
        Assert.Equal(["Abha"], TestPipeline.ExtractWithRealGazetteer(
                "توافد المئات على مستشفيات منطقة عسير للتبرع بالدم لمصابي الحادث الإرهابي الذي وقع بمسجد قوات الطوارئ بأبها ظهر اليوم، " +
                "حيث توجهوا إلى مستشفى عسير المركزي وخميس مشيط المدني.", "2015-08-06").Events
            .Where(e => e.EventType == "Explosions/Remote violence").Select(e => e.Location?.Place?.Name));

    [GazetteerFact]
    public void The_day_of_the_visit_is_not_the_acts() =>
        Assert.Equal(new DateOnly(2015, 8, 10), Bombing()?.Date.Date);
}
