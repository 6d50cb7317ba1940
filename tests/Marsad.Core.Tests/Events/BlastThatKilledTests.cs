using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "انفجار في بلدة … أسفر عن مقتل 30 شخصا": an explosion whose dead its clause tells as what it brought about was an
/// attack, whoever set it off — an unidentified armed group of the country, the people counted after it its victims.
/// Not a gas cylinder's blast, which is no one's attack.
/// </summary>
public class BlastThatKilledTests
{
    [GazetteerFact]
    public void An_explosion_that_killed_is_an_attack_by_an_unnamed_group()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت السلطات التركية إن انفجارا في بلدة سروج قرب الحدود مع سوريا أسفر عن مقتل 27 شخصا وإصابة العشرات.", "2015-07-21").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Turkey)", e.Actor1?.Name);
        Assert.Equal("Civilians (Turkey)", e.Actor2?.Name);
        Assert.Equal("TR", e.Location?.Place?.CountryCode);
        Assert.Equal(27, e.Fatalities);
    }

    [GazetteerFact]
    public void A_gas_cylinder_blast_is_no_attack()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "انفجار اسطوانة غاز في مطعم بمدينة الرمادي أسفر عن مقتل ثلاثة أشخاص.", "2015-07-21").Events);
    }
}
