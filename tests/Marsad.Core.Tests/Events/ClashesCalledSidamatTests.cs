using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "صدامات", "اصطدامات", "مناوشات": clashes and skirmishes, as "مواجهات" — between the police and protesters a riot, between armed sides a battle.
/// The bare singular "صدام" is a name (Saddam), no trigger.
/// </summary>
public class ClashesCalledSidamatTests
{
    [GazetteerFact]
    public void Clashes_between_police_and_protesters_are_a_riot() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وقعت صدامات بين الشرطة ومتظاهرين أمس قرب البرلمان في أثينا.", "2015-07-23").Events,
            e => e.EventType == "Riots");

    [Fact]
    public void Saddam_is_no_clash() =>
        Assert.Empty(TestPipeline.Extract("وقال صدام حسين في خطاب أمس إن الجيش العراقي مستعد.", "2015-07-23").Events);

    [GazetteerFact]
    public void Skirmishes_with_the_police_are_a_riot() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("ووقعت مناوشات بين المتظاهرين والشرطة أمس في نواكشوط.", "2015-07-31").Events,
            e => e.EventType == "Riots");
}
