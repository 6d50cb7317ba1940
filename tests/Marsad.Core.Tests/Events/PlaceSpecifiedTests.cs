using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في الفلوجة، وتحديدا في منطقة الصقلاوية": the place "specifically" names is the scene; the town before it only led
/// up to it.
/// </summary>
public class PlaceSpecifiedTests
{
    [GazetteerFact]
    public void The_place_specified_is_the_one_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "واندلعت اشتباكات عنيفة بين القوات العراقية وتنظيم داعش في الفلوجة، وتحديدا في منطقة الصقلاوية شمال المدينة.", "2015-07-26").Events;
        Assert.Equal("Saqlawiyah", Assert.Single(events).Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_town_specified_right_after_its_province_seat()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("وقصفت قوات النظام مدينة إدلب وتحديدا بلدة سراقب.", "2015-07-26").Events;
        Assert.Equal("Sarāqib", Assert.Single(events).Location?.Place?.Name);
    }
}
