namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إنشاء كمائن ثابتة ومتحركة": checkpoints set up — the Egyptian press's "كمين" — are a security measure, no ambush;
/// so they do not push aside the bombing the sentence tells. An ambush laid ("نصب مسلحون كمينا") still is one.
/// </summary>
public class CheckpointsSetUpTests
{
    [Fact]
    public void Checkpoints_set_up_are_no_ambush()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "شهدت مدينة العريش أمس الاحد استنفاراً أمنياً بعد مقتل ضابط في انفجار عبوة ناسفة بمدرعة للشرطة، كما تم تشديد الإجراءات الأمنية وإنشاء كمائن ثابتة ومتحركة.", "2015-08-10");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Battles");
        Assert.Contains(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }

    [Fact]
    public void An_ambush_laid_is_one() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("ونصب مسلحون كمينا لدورية للجيش قرب العريش أمس.", "2015-08-10").Events, e => e.EventType == "Battles");
}
