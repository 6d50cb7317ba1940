using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلنت قوات سوريا الديمقراطية، الثلاثاء، بدء معركة جديدة … لتنظيم داعش": the side that announces the start of an
/// offensive fights it, against the side named after it.
/// </summary>
public class OffensiveAnnouncedTests
{
    [GazetteerFact]
    public void The_side_announcing_the_start_of_a_battle_fights_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أعلنت قوات سوريا الديمقراطية، الثلاثاء، بدء معركة جديدة للسيطرة على ما تبقى من جيوب لتنظيم داعش في دير الزور، شرقي سوريا.", "2018-05-01");
        var clash = Assert.Single(doc.Events);
        Assert.Equal("Syrian Democratic Forces", clash.Actor1?.PlainName);
        Assert.Equal("Islamic State", clash.Actor2?.PlainName);
    }
}
