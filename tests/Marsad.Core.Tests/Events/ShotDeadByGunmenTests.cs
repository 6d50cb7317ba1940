using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل رقيب شرطة، وأصيب ثلاثة مجندين، بأعيرة نارية أطلقها مجهولون": the dead the opening passive names are the gunfire's,
/// however the wounded set them off from it — a clash of the unknown gunmen with the police, one dead (a rank in the
/// singular is one man).
/// </summary>
public class ShotDeadByGunmenTests
{
    [GazetteerFact]
    public void The_sergeant_is_the_gunfires_dead()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل رقيب شرطة، وأصيب ثلاثة مجندين، بأعيرة نارية أطلقها مجهولون على قوة تأمين إحدى سيارات الترحيلات في محافظة الفيوم، صباح أمس.",
            "2015-08-09").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
        Assert.StartsWith("Police Forces of Egypt", e.Actor2?.Name);
        Assert.Equal(1, e.Fatalities);
    }

    // ("… أطلقها مجهولون على دورية أمنية": the side the fire was aimed at, named after it, is the one hit)
    [GazetteerFact]
    public void The_patrol_fired_on_is_hit()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أصيب ثلاثة مجندين بأعيرة نارية أطلقها مجهولون على دورية أمنية في محافظة الفيوم، صباح أمس.", "2015-08-09").Events);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
        Assert.StartsWith("Police Forces of Egypt", e.Actor2?.Name);
    }
}
