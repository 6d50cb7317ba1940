using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The strikes or arms a side is said, in the present, to back another with ("ويدعم التحالف المقاتلين المناهضين للحوثيين
/// بضربات جوية وبالتدريب العسكري") tell how it helps, not one strike; and "الصف" (the rank: "لشق الصف") is no Egyptian town.
/// </summary>
public class SupportedWithStrikesTests
{
    [GazetteerFact]
    public void Backing_fighters_with_air_strikes_is_no_strike()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قال مقيمون إن المقاومة استولت اليوم السبت على مدينة زنجبار في جنوب اليمن.\n" +
            "ويدعم التحالف المقاتلين المناهضين للحوثيين بضربات جوية وبالتدريب العسكري كما يمدهم بالدبابات والمدفعية الثقيلة.", "2015-08-08").Events;
        var e = Assert.Single(events);
        Assert.Equal("Government regains territory", e.SubEventType);
    }

    [GazetteerFact]
    public void Splitting_the_ranks_names_no_town() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وأطلق مسلحون النار على دورية أمنية فقتلوا جنديا في محاولة لشق الصف.", "2015-08-01").Events, e => e.Location?.Place?.CountryCode == "EG");
}
