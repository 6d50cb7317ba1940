using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Acts the wording says were not done: a fall that is "only a matter of time", and a bombing named in one list with
/// vices (corruption, takfir) as what a group stands for.
/// </summary>
public class ActsNotDoneTests
{
    [GazetteerTheory]
    [InlineData("في الوقت الذي أكدت فيه مصادر صحفية أن سقوط قاعدة العند العسكرية بيد المقاومة مسألة وقت لا أكثر.")]
    [InlineData("وقال القائد الميداني إن سقوط مدينة الحديدة بيد الجيش مسألة وقت.")]
    public void A_fall_only_a_matter_of_time_has_not_happened(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-20").Events);

    [GazetteerFact]
    public void A_bombing_listed_with_vices_is_what_a_group_stands_for() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "أصدرت المحكمة الجزائية المتخصصة في محافظة جدة حكما ابتدائيا يقضي بإدانة متهم بانضمامه لتنظيم داعش الذي أعلن الحرب والعداء لهذه البلاد وتولى كبر الفساد والاعتداء والتكفير والتفجير ومحاولة تشويه صورة الدين.",
            "2015-08-04").Events);
}
