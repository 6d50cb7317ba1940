using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقتل شرطي أردني في هجوم استهدف حافلة لقوات الدرك": forces counted dead right after the verb of killing, before an
/// attack no one is said to have carried out, were its target — an unidentified armed group's attack. Not when the verb
/// has a definite subject ("وقتلت الشرطة المهاجم في مكان الهجوم": the police killed), nor when someone carried it out.
/// The dead may be counted with "من" ("قتل ثلاثة من رجال الشرطة"), fall as martyrs ("استشهد شرطي") after a word that moves
/// the story on ("من جهة أخرى"), or die in a terrorist attack; hundreds of them in attacks are a campaign's toll.
/// </summary>
public class ForcesKilledInAnAttackTests
{
    [GazetteerFact]
    public void The_forces_killed_were_the_target_of_someone_unnamed()
    {
        var attack = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقتل شرطي أردني في هجوم استهدف حافلة لقوات الدرك في مدينة الفحيص غرب عمان.", "2018-08-12").Events);
        Assert.True(attack.Actor1?.IsUnidentified);
        Assert.Equal("Police Forces of Jordan", attack.Actor2?.PlainName);
        Assert.Equal(1, attack.Fatalities);
    }

    [GazetteerFact]
    public void A_definite_subject_after_the_verb_killed()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقتلت الشرطة المهاجم بالرصاص في مكان الهجوم في البلدة القديمة في القدس.", "2018-03-18");
        Assert.DoesNotContain(doc.Events, e => e.Actor2?.PlainName?.StartsWith("Police Forces", StringComparison.Ordinal) == true && e.Actor1?.IsUnidentified == true);
    }

    [GazetteerFact]
    public void Three_of_the_police_killed_in_an_attack()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقتل ثلاثة من رجال الشرطة أمس الأحد في هجوم بمدينة العريش.", "2015-08-10").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
        Assert.StartsWith("Police Forces of Egypt", e.Actor2?.Name);
        Assert.Equal(3, e.Fatalities);
    }

    [GazetteerFact]
    public void A_policeman_martyred_in_a_terrorist_attack()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "من جهة أخرى استشهد شرطي مصري وأصيب 3 آخرون في هجوم إرهابي استهدف سيارة للشرطة أمس في مدينة الفيوم.", "2015-08-10").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
        Assert.StartsWith("Police Forces of Egypt", e.Actor2?.Name);
        Assert.Equal(1, e.Fatalities);
    }

    [GazetteerFact]
    public void Hundreds_killed_in_attacks_are_no_attack()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقتل المئات من أفراد الجيش والشرطة في هجمات في شمال سيناء.", "2018-02-11").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Armed clash");
    }

    // (one the sentence ascribes to a side is that side's: "تم نسبه إلى المتمردين الأكراد")
    [GazetteerFact]
    public void An_attack_ascribed_to_the_rebels_is_theirs()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 3 من أفراد الشرطة التركية ومدني، أمس، في هجوم في جنوب شرق تركيا تم نسبه إلى المتمردين الأكراد.", "2015-07-31").Events);
        Assert.Equal("Kurdistan Workers' Party", e.Actor1?.Name);
        Assert.StartsWith("Police Forces of Turkey", e.Actor2?.Name);
    }
}
