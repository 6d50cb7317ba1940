using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A whole country "abducted" ("واختطافهم لليمن ومقدراته", "فهذا اليمن يختطف") is a figure of speech, as a state's sovereignty is — while a
/// country named right after an arrest verb without ل is the state that arrests ("احتجزت إسرائيل طالبة").
/// </summary>
public class CountryAbductedTests
{
    [GazetteerFact]
    public void Abducting_Yemen_is_no_abduction() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وتؤكد الإمارات ضرورة التصدي للخطر الحوثي، والابتعاد عن تشتيت جهود التحالف العربي من خلال اختلاق توترات جانبية تصب في مصلحة الحوثيين، وتوفر لهم الفرصة لمواصلة انقلابهم واختطافهم لليمن ومقدراته.\n" +
            "وكانت القوات الإماراتية قد وصلت إلى جزيرة سقطرى الأسبوع الماضي.",
            "2018-05-06").Events, e => e.SubEventType == "Abduction/forced disappearance");

    // ("فهذا اليمن يختطف مرة من …": the country the subject of the verb, right before it)
    [GazetteerFact]
    public void Yemen_abducted_by_one_leader_after_another_is_no_abduction() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقال الكاتب إن الحوثيين في صعدة يتاجرون بفقر اليمن. ويرى أن التاريخ يتكرر، فهذا اليمن يختطف مرة من عبدالناصر ومرة من الخامنئي.",
            "2015-08-04").Events, e => e.SubEventType == "Abduction/forced disappearance");

    [GazetteerFact]
    public void A_state_that_detains_someone_still_arrests() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "احتجزت إسرائيل طالبة أمريكية في مطار بن جوريون أمس بتهمة دعم حركة المقاطعة.",
            "2018-10-11").Events, e => e.SubEventType == "Arrests");
}
