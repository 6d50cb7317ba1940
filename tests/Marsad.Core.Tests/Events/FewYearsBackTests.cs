using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وفي الاعوام القليلة الماضية احتجز رجال قبائل يمنيون اجانب رهائن": what was done in the last few years is the
/// background of the news, no abduction of the day.
/// </summary>
public class FewYearsBackTests
{
    [GazetteerFact]
    public void Hostages_taken_in_the_last_few_years_are_background() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وفي الاعوام القليلة الماضية احتجز رجال قبائل يمنيون اجانب رهائن للضغط على الحكومة لتزويدهم بخدمات أو الافراج عن اقارب لهم مسجونين في صنعاء.",
            "2015-08-08").Events);
}
