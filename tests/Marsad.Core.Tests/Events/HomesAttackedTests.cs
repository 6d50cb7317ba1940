using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وهاجم المسلحون الحوثيون المناطق السكنية في محيط المطار": homes, villages or a market an armed side attacked are the
/// place's civilians' — ACLED's attack on civilians; an armed side's positions attacked stay a clash.
/// </summary>
public class HomesAttackedTests
{
    [GazetteerTheory]
    [InlineData("وهاجم المسلحون الحوثيون المناطق السكنية في محيط مطار الحديدة أمس.")]
    [InlineData("وهاجم المسلحون الحوثيون الأحياء السكنية في مدينة الحديدة أمس.")]
    public void Homes_an_armed_side_attacked_are_civilians(string text)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-19").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.Equal("Civilians (Yemen)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Positions_attacked_stay_a_clash()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وهاجم المسلحون الحوثيون مواقع الجيش في مدينة الحديدة أمس.", "2018-06-19").Events);
        Assert.Equal("Armed clash", e.SubEventType);
    }
}
