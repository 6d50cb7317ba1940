using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What a side is about to do, a clause or two on and joined by و, is not done ("المقاومة على وشك تحقيق الحسم في محافظة لحج،
/// جنوب البلاد، واستعادة السيطرة على قاعدة العند"); and restoring a course, life or the state ("استعادة مسار الاستقرار")
/// takes no ground.
/// </summary>
public class AboutToRestoreTests
{
    [GazetteerFact]
    public void Retaking_a_base_one_is_about_to_take_is_no_taking() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأكد اللواء المقدشي في تصريح صحافي أمس، أن المقاومة الشعبية المسلحة في طريقها إلى تحقيق الحسم العسكري، مبيناً أن المقاومة على وشك تحقيق الحسم في محافظة لحج، جنوب البلاد، واستعادة السيطرة على قاعدة العند العسكرية.",
            "2015-07-31").Events);

    [GazetteerFact]
    public void Restoring_the_course_of_stability_takes_no_ground() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "نوه رئيس هيئة الأركان بدور التحالف في إعادة الأمل للشعب اليمني وإمكان الخلاص من الانقلابيين واستعادة مسار الاستقرار المنشود في عدن.",
            "2015-07-31").Events);
}
