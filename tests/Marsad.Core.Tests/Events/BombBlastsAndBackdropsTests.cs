using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل أربعة شرطيين في انفجار قنبلة": a bomb's blast is a bombing (not a weak "explosion" that may be an accident), its
/// policemen or soldiers killed before it the side hit by an unidentified group; "في هجوم بقاذفة صواريخ" is a rocket
/// attack; and a campaign said to go on meanwhile ("في وقت يستمر القصف الجوي") is the backdrop, no event of its own.
/// </summary>
public class BombBlastsAndBackdropsTests
{
    [GazetteerFact]
    public void Policemen_killed_in_a_bombs_blast_were_bombed()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "إلى ذلك قتل اربعة شرطيين في انفجار قنبلة في جنوب شرق تركيا، في وقت يستمر القصف الجوي لمواقع حزب العمال الكردستاني في شمال العراق.", "2015-08-10").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.StartsWith("Police Forces of Turkey", e.Actor2!.Name);
        Assert.Equal(4, e.Fatalities);
    }

    [GazetteerFact]
    public void An_attack_with_a_rocket_launcher_is_a_rocket_attack() =>
        Assert.Equal("Shelling/artillery/missile attack", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل جندي تركي في هجوم بقاذفة صواريخ شنه متمردون اكراد في ولاية شرناق.", "2015-08-10").Events).SubEventType);

    [GazetteerFact]
    public void Tear_gas_grenades_are_no_bombing() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وأطلقت الشرطة قنابل الغاز المسيل للدموع لتفريق المتظاهرين في عمان.", "2015-08-10").Events,
            e => e.SubEventType == "Remote explosive/landmine/IED");
}
