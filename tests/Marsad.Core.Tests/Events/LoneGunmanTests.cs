using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "فتح رجل النار في شارع …": a man who opened fire, no group named for him, is ACLED's unidentified armed group of the
/// country attacking whoever was there.
/// </summary>
public class LoneGunmanTests
{
    [GazetteerFact]
    public void A_man_who_opened_fire_is_an_unidentified_attacker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وفتح رجل النار صباح اليوم في سوق شعبي بمدينة أنقرة، ما أسفر عن إصابة ثلاثة أشخاص.", "2015-07-21").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Turkey)", e.Actor1?.Name);
        Assert.Equal("TR", e.Location?.Place?.CountryCode);
    }
}
