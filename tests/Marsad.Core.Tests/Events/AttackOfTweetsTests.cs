using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An attack launched by tweeters under a hashtag ("أنشأ مغردون وسما … وشنوا هجوما على نائب رئيس شرطة دبي") is one of
/// words; attacks condemned on Twitter are still attacks.
/// </summary>
public class AttackOfTweetsTests
{
    [GazetteerFact]
    public void Tweeters_attacking_a_police_chief_are_no_clash() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "نفى نائب رئيس الشرطة في دبي، الفريق ضاحي خلفان، ما تداوله مغردون على موقع تويتر عن الإخوان المسلمين. وأثارت تغريداته ضجة على تويتر، حيث أنشأ مغردون وسماً حمل اسم ضاحي، وشنوا هجوما على نائب رئيس شرطة دبي.",
            "2015-07-21").Events);
}
