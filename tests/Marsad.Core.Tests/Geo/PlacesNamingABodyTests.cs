using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// A place between a body's noun and the cause it serves is part of the body's name: "مرصد حضرموت لحقوق الإنسان" condemns
/// fighters killed near Aden, and a clash told after it is no clash in Hadramawt; "معهد واشنطن لدراسات الشرق الأدنى" is no Washington. A research centre named for
/// its town ("مركز دوما للبحوث") is a building there and stays a place.
/// </summary>
public class PlacesNamingABodyTests
{
    [GazetteerFact]
    public void An_observatory_named_for_a_province_is_no_scene() =>
        Assert.DoesNotContain("Muḩāfaz̧at Ḩaḑramawt", TestPipeline.PlaceNames(
            "وعبر مرصد حضرموت لحقوق الإنسان عن إدانته هذه الممارسات التي تقوم بها الميليشيات.", "2015-08-04"));

    [GazetteerFact]
    public void A_clash_is_not_placed_at_the_observatorys_province()
    {
        var doc = TestPipeline.Extract(
            "قالت المقاومة الشعبية إنها عثرت على تسع جثث لمقاتليها في شمال عدن. وانتشرت صور الجثث، حيث عبر مرصد حضرموت لحقوق الإنسان عن إدانته، بعد المعارك التي دارت أمس بين المقاومة الشعبية والحوثيين.",
            "2015-08-04");
        Assert.Contains(doc.Events, e => e.EventType == "Battles" && e.Location?.Place?.Name == "Aden");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name is { } name && name.Contains("ramawt"));
    }

    [GazetteerFact]
    public void An_institute_named_for_a_city_is_no_scene() =>
        Assert.DoesNotContain("Washington", TestPipeline.PlaceNames("وقال باحث في معهد واشنطن لدراسات الشرق الأدنى إن التنظيم يتراجع.", "2018-05-04"));

    [GazetteerFact]
    public void A_rights_centre_named_for_a_city_is_no_scene() =>
        Assert.Empty(TestPipeline.PlaceNames("وقال مركز دمشق لحقوق الإنسان إن الاعتقالات مستمرة.", "2018-05-04"));

    [GazetteerFact]
    public void A_research_centre_named_for_its_town_stays_a_place() =>
        Assert.Contains("Dūmā", TestPipeline.PlaceNames("وأصابت قذيفة مركز دوما للبحوث الزراعية.", "2018-04-14"));
}
