using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مقتل ستة من العناصر التكفيرية في اشتباكات بشمال سيناء": "takfiris" is the Egyptian army's word for the militants it
/// fights, not a group's name — an unidentified armed group of the country, as the blind coders coded it in 21 of 22 such
/// events (Wilayat Sinai only where the text names it).
/// </summary>
public class TakfirisAreUnnamedTests
{
    [GazetteerFact]
    public void Takfiris_are_an_unidentified_armed_group()
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت القوات المسلحة المصرية مقتل ستة من العناصر التكفيرية في اشتباكات بشمال سيناء.", "2018-04-01").Events);
        Assert.Equal("Unidentified Armed Group (Egypt)", clash.Actor2?.Name);
    }

    [GazetteerFact]
    public void The_named_group_stays_itself()
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت القوات المسلحة المصرية مقتل ستة من عناصر تنظيم ولاية سيناء في اشتباكات بشمال سيناء.", "2018-04-01").Events);
        Assert.Equal("Wilayat Sinai", clash.Actor2?.Name);
    }
}
