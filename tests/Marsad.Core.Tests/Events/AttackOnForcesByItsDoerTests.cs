using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل شرطي تركي وأصيب آخر بجروح خطيرة في هجوم نفذه ملثمون في دياربكر": forces counted dead by the verb that opens the
/// clause, before an attack its relative clause says someone carried out, are that doer's target, though the wounded
/// stand between the dead and the attack.
/// </summary>
public class AttackOnForcesByItsDoerTests
{
    [GazetteerFact]
    public void Masked_men_attacked_the_police_they_killed()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "والخميس ايضا، قتل شرطي تركي وأصيب اخر بجروح خطيرة في هجوم نفذه ملثمون في دياربكر كبرى مدن جنوب شرق تركيا.", "2015-07-25").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1!.Name);
        Assert.StartsWith("Police Forces of Turkey", e.Actor2!.Name);
        Assert.Equal(1, e.Fatalities);
    }

    [GazetteerFact]
    public void Gunmen_said_to_belong_to_a_party_are_the_party() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وقتل جندي تركي وأصيب آخر مساء الثلاثاء في هجوم شنه مسلحون ينتمون لحزب العمال الكردستاني المعارض، في بلدة سيلوبي.", "2015-08-05").Events,
            e => e.Actor1?.Name == "Kurdistan Workers' Party" && e.Actor2?.Name.StartsWith("Military Forces of Turkey") == true);

    [GazetteerFact]
    public void Civilians_killed_are_no_forces_attacked() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "قتل ثلاثة مدنيين وأصيب آخرون بجروح خطيرة في هجوم نفذه مسلحون في دياربكر.", "2015-07-25").Events,
            e => e.SubEventType == "Armed clash");
}
