using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إن ثلاثة أشخاص قتلوا … في انفجار وقع عند مركز للشرطة": people counted dead before a new (indefinite) explosion they
/// died in were hit by an attack — an unidentified armed group's, as ACLED codes an unclaimed blast — and the forces at
/// whose post it went off were its target; not a blast by mishap, nor one a missile caused.
/// </summary>
public class DiedInABlastTests
{
    [GazetteerFact]
    public void People_killed_in_an_explosion_were_hit_by_a_bomb()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل 18 شخصا على الأقل وأصيب أكثر من 90 آخرين في انفجار بحي مدينة الصدر في بغداد.", "2018-06-07").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group (Iraq)", e.Actor1!.Name);
        Assert.Equal(18, e.Fatalities);
    }

    [GazetteerFact]
    public void The_police_at_whose_station_it_went_off_were_its_target()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قالت وكالة دوجان للأنباء اليوم إن ثلاثة أشخاص قتلوا كما أصيب عشرة آخرون في انفجار وقع عند مركز للشرطة في اسطنبول.", "2015-08-10").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group (Turkey)", e.Actor1!.Name);
        Assert.StartsWith("Police Forces of Turkey", e.Actor2!.Name);
    }

    [GazetteerTheory]
    [InlineData("قتل ثلاثة عمال في انفجار اسطوانة غاز في مطعم في بغداد.")]
    [InlineData("قتل ثلاثة أشخاص في انفجار نتج عن سقوط صاروخ على حي في بغداد.")]
    public void No_bomb_in_a_mishap_or_a_missiles_blast(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-07").Events, e => e.SubEventType == "Remote explosive/landmine/IED");
}
