using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ألقت المقاومة الشعبية القبض على 72 بينهم القيادي الحوثي غازي الأحول": the side named among those counted after the act's
/// preposition ("بينهم", a title between) is of those it took — not the one who took them.
/// </summary>
public class SideAmongTheCountedTests
{
    [GazetteerFact]
    public void The_side_among_the_arrested_is_the_target()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وذكرت مصادر خاصة أن المقاومة الشعبية ألقت القبض على 72 بينهم القيادي الحوثي غازي الأحول في عدن.", "2015-07-23").Events);
        Assert.Equal("Popular Resistance (Yemen)", e.Actor1?.Name);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }
}
