namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إقامة ثلاثة كمائن أمنية", "أنشأت كمينا بمنطقة دوار القادود": checkpoints a force sets up, counted or named by its
/// verb, are a measure too — unless the clause goes on to tell the post attacked ("والذي هاجمته عناصر مسلحة").
/// </summary>
public class CheckpointsPostedTests
{
    [Fact]
    public void Checkpoints_set_up_after_a_number_are_no_clash() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "من جهتها، انتهت قوات الجيش في مركز الشيخ زويد أمس من إقامة ثلاثة كمائن أمنية جديدة قرب قرية أبو العراج.", "2015-07-27").Events);

    [Fact]
    public void A_checkpoint_a_force_set_up_is_no_clash() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وكانت قوات الجيش قد أنشأت كمينا بمنطقة دوار القادود في مدينة رفح أمس.", "2015-07-27").Events);

    [Fact]
    public void A_checkpoint_attacked_is_the_scene_of_a_clash() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "كما أنشأت قوات الجيش كمينا بمنطقة دوار القادود في مدينة رفح، والذي هاجمته عناصر مسلحة قبل يومين أثناء عمليات إنشائه.", "2015-07-27").Events,
            e => e.EventType == "Battles");
}
