using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وكانت طائرة استطلاع قصفت موقعا للمقاومة ببيت لاهيا": aircraft named as what struck make a strike though no one
/// is named for them — flown by the air force the article shows flying, and by no one when it shows none.
/// </summary>
public class AircraftThatStruckTests
{
    [GazetteerFact]
    public void The_aircraft_are_the_article_s_air_force()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قصفت الطائرات الحربية الإسرائيلية موقعا في رفح. وكانت طائرة استطلاع قصفت موقعا للمقاومة ببيت لاهيا.", "2018-08-09").Events;
        var lahia = Assert.Single(events, e => e.Location?.Place?.Name == "Bayt Lāhyā");
        Assert.Equal("Air/drone strike", lahia.SubEventType);
        Assert.StartsWith("Military Forces of Israel", lahia.Actor1!.Name);
    }

    [GazetteerFact]
    public void With_no_air_force_in_the_article_no_one_flew_them() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وكانت طائرة استطلاع قصفت موقعا للمقاومة ببيت لاهيا.", "2018-08-09").Events);
}
