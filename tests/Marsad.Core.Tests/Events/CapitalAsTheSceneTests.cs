namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وفي صنعاء انفجرت قنبلة": a capital after "في" is where the act right after it happened, not a government that did
/// it ("إن تل أبيب قصفت"); the article's earlier town is not the scene.
/// </summary>
public class CapitalAsTheSceneTests
{
    [Theory]
    [InlineData("وفي صنعاء انفجرت قنبلة ما أدى إلى مقتل ثلاثة أشخاص.")]
    [InlineData("وفي العاصمة صنعاء انفجرت قنبلة أسفل حافلة ركاب ما أدى إلى مقتل ثلاثة أشخاص.")]
    public void The_capital_is_the_scene(string sentence)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وتقدمت المقاومة باتجاه مدينة الحوطة، فيما لا تزال قاعدة العند محاصرة.\n" + sentence, "2015-07-27");
        var blast = Assert.Single(doc.Events, e => e.EventType == "Explosions/Remote violence");
        Assert.Equal("Sanaa", blast.Location?.Place?.Name);
    }
}
