using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وتقوم ميليشيات الحوثي بقصف قرى تخضع لسيطرة القوات الحكومية": the side a place is subject to ("لسيطرة", "تحت
/// سيطرة") holds it; it does not shell it.
/// </summary>
public class HeldByTheSideSubjectToTests
{
    [GazetteerFact]
    public void The_side_villages_are_subject_to_is_no_shelling_agent()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتقوم ميليشيات الحوثي بقصف قرى تخضع لسيطرة القوات الحكومية في الحديدة.", "2018-08-16").Events);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
    }
}
