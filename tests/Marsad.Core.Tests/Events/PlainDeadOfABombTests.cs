using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الهجوم الانتحاري الذي اوقع 32 قتيلا ومئة جريح في سوروتش": a bomb planted or worn whose toll counts plain dead — no
/// side named for them — killed the people of the place, not the other armed side the article shows; dead counted with
/// a side ("32 قتيلا من الجنود", "بينهم 12 جنديا") are not plain.
/// </summary>
public class PlainDeadOfABombTests
{
    private const string Strikes = "وشنت الطائرات التركية غارات على مواقع لتنظيم داعش في مدينة الرقة أمس.\n";

    [GazetteerFact]
    public void Plain_dead_of_a_suicide_bombing_are_the_places_civilians()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            Strikes + "وتأتي هذه المواجهة بعد ثلاثة ايام على الهجوم الانتحاري الذي اوقع 32 قتيلا ومئة جريح في سوروتش قبيل ظهر الاثنين.", "2015-07-25").Events;
        var bombing = Assert.Single(events, e => e.SubEventType == "Suicide bomb");
        Assert.Equal("Civilians (Turkey)", bombing.Actor2?.Name);
    }

    [GazetteerFact]
    public void Dead_counted_with_soldiers_among_them_are_not_plain()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            Strikes + "وتأتي هذه المواجهة بعد ثلاثة ايام على الهجوم الانتحاري الذي اوقع 32 قتيلا بينهم 12 جنديا في سوروتش قبيل ظهر الاثنين.", "2015-07-25").Events;
        var bombing = Assert.Single(events, e => e.SubEventType == "Suicide bomb");
        Assert.NotEqual("Civilians (Turkey)", bombing.Actor2?.Name);
    }
}
