using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أن المقاتلين الجنوبيين ووحدات الجيش الموالية لهادي طردوا الحوثيين من مدينة لودر": after "أن", the side before the verb
/// is its subject even with the words of whom it is loyal to between them, and of allies joined by و the first is; the
/// side after the verb is whom they drove out.
/// </summary>
public class DescribedSubjectTests
{
    [GazetteerFact]
    public void A_side_loyal_to_someone_before_the_verb_is_its_subject()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأضافت المصادر أن المقاومة الجنوبية الموالية لهادي طردت الحوثيين من مدينة لودر.", "2015-08-01").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Southern Resistance Forces", e.Actor1?.PlainName);
        Assert.Equal("Houthi Movement", e.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void The_first_of_allies_joined_by_wa_is_the_subject()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأضافت المصادر أن المقاتلين الجنوبيين ووحدات الجيش الموالية لهادي طردوا أيضا الحوثيين من مدينة لودر في محافظة أبين الجنوبية.",
            "2015-08-01").Events);
        Assert.Equal("Southern Resistance Forces", e.Actor1?.PlainName);
        Assert.Equal("Houthi Movement", e.Actor2?.PlainName);
        Assert.Equal("Lawdar", e.Location?.Place?.Name);
    }
}
