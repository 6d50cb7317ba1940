using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الذي تسلم منصبه الأحد", "استعادت القوات السيطرة على منظومات الاتصالات": an office taken up or systems brought
/// back under control change no ground's hands.
/// </summary>
public class NoGroundChangedHandsTests
{
    [GazetteerFact]
    public void An_office_taken_up_is_no_transfer_of_territory() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وسيزور قائد الجيش الجديد الذي تسلم منصبه الأحد مدينة مايدوغوري اليوم لتفقد الجنود الذين يقاتلون بوكو حرام.", "2015-07-20").Events,
            e => e.SubEventType == "Non-violent transfer of territory");

    [GazetteerFact]
    public void Systems_back_under_control_are_no_ground_regained() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "واستعادت القوات الحكومية السيطرة على منظومات الاتصالات في مدينة حلب أمس بعد هجوم إلكتروني.", "2015-08-03").Events,
            e => e.SubEventType == "Government regains territory");

    [GazetteerFact]
    public void A_town_regained_still_is() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "واستعادت القوات الحكومية السيطرة على مدينة تدمر أمس بعد معارك مع تنظيم داعش.", "2015-08-03").Events,
            e => e.SubEventType == "Government regains territory");
}
