using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إن قوات الأمن قتلت مسلحا": the accusative gunman right after a verb that kills or seizes men — its subject before
/// it, or the day told between them — is the one it killed, and a state force that killed an armed man fought it (ACLED's
/// armed clash); an armed man's leaning ("مسلحا إسلاميا") names no side he belongs to.
/// </summary>
public class GunmanObjectOfTheVerbTests
{
    [GazetteerFact]
    public void A_gunman_the_forces_killed_after_their_name_was_fought()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقالت الوزارة ان قوات الأمن قتلت مسلحا في سجنان.", "2015-07-24").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Police Forces of Tunisia", e.Actor1!.Name);
        Assert.StartsWith("Unidentified Armed Group", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void The_day_between_the_verb_and_the_gunman_changes_nothing()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقالت الوزارة ان قوات الأمن قتلت اليوم الجمعة مسلحا إسلاميا في سجنان.", "2015-07-24").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void An_armed_attack_is_no_gunman() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("ونفذ مجهولون هجوما مسلحا على حاجز للشرطة في سجنان.", "2015-07-24").Events,
            e => e.Actor2?.Name.StartsWith("Unidentified Armed Group") == true && e.Actor1?.Name.StartsWith("Unidentified Armed Group") == true);
}
