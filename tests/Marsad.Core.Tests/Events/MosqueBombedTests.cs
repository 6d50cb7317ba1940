using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تفجير مسجد" is property destroyed where a group blows up an empty shrine, and a bombing where it killed or hurt the
/// worshippers in it (the Qatif and Abha mosque bombings of 2015).
/// </summary>
public class MosqueBombedTests
{
    [GazetteerFact]
    public void A_mosque_bombed_with_the_dead_is_a_bombing()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقام تنظيم داعش بتفجير مسجد الإمام علي في بلدة القديح بمحافظة القطيف ما أسفر عن سقوط 21 قتيلا.", "2015-08-07").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
    }

    [GazetteerFact]
    public void A_shrine_blown_up_empty_is_property_destroyed() =>
        Assert.All(TestPipeline.ExtractWithRealGazetteer("وقام تنظيم داعش بتفجير مسجد النبي يونس في مدينة الموصل.", "2015-08-07").Events,
            e => Assert.Equal("Looting/property destruction", e.SubEventType));
}
