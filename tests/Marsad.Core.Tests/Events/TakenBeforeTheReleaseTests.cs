using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "طالبت إيران بالإفراج عن دبلوماسي إيراني محتجز في فرنسا", "الإفراج عن 34 سجينا اعتقلهم حزب الله": those held, or
/// whom someone took, being freed were taken before — the release told is no arrest; an arrest told before its release
/// still is.
/// </summary>
public class TakenBeforeTheReleaseTests
{
    [GazetteerTheory]
    [InlineData("وطالبت إيران أمس بالإفراج عن دبلوماسي إيراني محتجز في فرنسا.")]
    [InlineData("ويشمل الاتفاق أيضا الإفراج عن 34 سجينا اعتقلهم حزب الله خلال حصاره لمضايا والزبداني.")]
    [InlineData("أفرج تنظيم داعش الإرهابي عن 6 من الرهائن الـ27 الذين اختطفهم في محافظة السويداء بجنوب سوريا، لقاء إفراج النظام السوري عن نساء معتقلات لديه، وفق ما أفاد المرصد السوري لحقوق الإنسان السبت.")]
    public void Those_freed_were_taken_before(string sentence) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(sentence, "2018-07-18").Events,
            e => e.SubEventType is "Arrests" or "Abduction/forced disappearance");

    [GazetteerFact]
    public void An_arrest_told_before_its_release_is_told() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("واعتقلت الشرطة الجزائرية عددا من المحتجين في العاصمة أمس، لكن سرعان ما أفرجت عنهم.", "2018-07-18").Events,
            e => e.SubEventType == "Protest with intervention");   // (arrests at a protest are its intervention)
}
