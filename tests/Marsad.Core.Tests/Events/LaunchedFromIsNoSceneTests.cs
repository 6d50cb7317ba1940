using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إثر هجوم شنته من عدن": the town an attack was launched from, or a force set out from, is no scene of the ground it
/// took when the sentence names another.
/// </summary>
public class LaunchedFromIsNoSceneTests
{
    [GazetteerFact]
    public void The_town_an_offensive_was_launched_from_is_no_scene() =>
        Assert.All(TestPipeline.ExtractWithRealGazetteer(
            "وأوضحت المصادر أنه إثر هجوم شنته من عدن وبدعم من طيران التحالف، تمكنت القوات الحكومية من السيطرة على مواقع اللواء الخامس عشر قبل أن تدخل زنجبار أمس.",
            "2015-08-10").Events, e => Assert.NotEqual("Aden", e.Location?.Place?.Name));
}
