namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بزيارة لمصابي التفجير الذي حدث في مسجد قوات الطوارئ بمنطقة عسير، وذلك في مستشفى قوى الأمن بالرياض": "وذلك في"
/// places the sentence's main act (the visit), not the bombing told inside it with its own place; and one who conveys
/// greetings ("وينقل تحيات") reports nothing.
/// </summary>
public class MainActPlacedAgainTests
{
    [Fact]
    public void The_bombing_keeps_its_own_place()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قام مدير الأمن العام بزيارة لمصابي التفجير الذي حدث في مسجد قوات الطوارئ بمنطقة عسير، وذلك في مستشفى قوى الأمن بالرياض أمس.", "2015-08-10");
        var bombing = Assert.Single(doc.Events);
        Assert.Equal("SA", bombing.Location?.Place?.CountryCode);
        Assert.NotEqual("Riyadh", bombing.Location?.Place?.Name);
    }

    [Fact]
    public void Conveying_greetings_reports_nothing() =>
        Assert.False(TestPipeline.Extract("مدير الأمن العام يزور مصابي التفجير في الرقة وينقل تحيات الأمير", "2015-08-10").Claims.ContainsKey(0));
}
