using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "شنوا هجوما صاروخيا", "شن الهجوم الصاروخي": a missile attack launched is a missile attack, not the armed clash that
/// "شن هجوما" alone makes (the longer phrase starts at the verb, so it has to be written whole).
/// </summary>
public class MissileAttackLaunchedTests
{
    [GazetteerTheory]
    [InlineData("وقالت مصادر عسكرية إن الحوثيين شنوا هجوما صاروخيا على مواقع الجيش السعودي في منطقة جازان اليوم.")]
    [InlineData("أظهر مقطع مصور لحظة شن الهجوم الصاروخي على مواقع الجيش السعودي في منطقة جازان اليوم.")]
    public void A_missile_attack_launched_is_shelling(string text)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(text, "2018-05-10");
        Assert.Contains(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash");
    }
}
