using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What mostly happens ("تنتهي غالبا بالغرق أو بالاعتقال") and what someone has done since childhood ("شاركت منذ
/// طفولتها في العديد من المسيرات") are no one act on one day.
/// </summary>
public class MostlyAndSinceChildhoodTests
{
    [GazetteerFact]
    public void What_mostly_ends_in_arrest_is_no_arrest() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وتنتهي غالبا بالغرق أو بالاعتقال في سجون إيطاليا.", "2015-07-21").Events);

    [GazetteerFact]
    public void Marches_since_childhood_are_a_life_told() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وشاركت عهد منذ طفولتها مع والديها في العديد من المسيرات والمظاهرات في قرية النبي صالح.", "2018-07-29").Events);
}
