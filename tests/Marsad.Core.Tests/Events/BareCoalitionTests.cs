using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "طائرات التحالف", "قوات التحالف" alone are the Saudi-led coalition in a war set in Yemen, and the US-led one where the
/// article names that one in full or tells of Syria and Iraq.
/// </summary>
public class BareCoalitionTests
{
    private static string? Agent(string text) =>
        TestPipeline.ExtractWithRealGazetteer(text, "2015-07-21").Events.FirstOrDefault(e => e.SubEventType == "Air/drone strike")?.Actor1?.Name;

    [GazetteerFact]
    public void In_yemen_it_is_the_saudi_led_one() =>
        Assert.Equal("Coalition (Saudi-led)", Agent("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة."));

    [GazetteerTheory]
    [InlineData("شنت طائرات التحالف غارات على مواقع داعش قرب الرقة.")]
    [InlineData("نفذت قوات التحالف الدولي تسع ضربات جوية على مواقع داعش في سوريا. واستهدفت طائرات التحالف مواقع قتالية قرب مدينة الموصل.")]
    public void Over_syria_and_iraq_it_is_the_us_led_one(string text) =>
        Assert.All(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-21").Events.Where(e => e.SubEventType == "Air/drone strike"),
            e => Assert.Equal("Coalition (US-led)", e.Actor1?.Name));

    [GazetteerFact]
    public void An_indefinite_us_led_coalition_is_named() =>
        // "طائرات تابعة لتحالف تقوده الولايات المتحدة": the coalition without its article
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قالت مصادر إن طائرات تابعة لتحالف تقوده الولايات المتحدة حلقت فوق الرقة.", "2015-08-01").Actors,
            a => a.Actor.Name == "Coalition (US-led)");

    [GazetteerTheory]
    [InlineData("وتقدم مقاتلون تدعمهم غارات جوية لتحالف تقوده السعودية نحو مدينة صعدة.")]
    [InlineData("قتل عشرة مسلحين في غارات جوية لتحالف عسكري بقيادة السعودية على مدينة صعدة.")]
    public void An_indefinite_saudi_led_coalition_is_named(string text) =>
        // (the Saudi-led one too: "مقاتلون محليون تدعمهم غارات جوية لتحالف تقوده السعودية")
        Assert.Equal("Coalition (Saudi-led)", Agent(text));
}
