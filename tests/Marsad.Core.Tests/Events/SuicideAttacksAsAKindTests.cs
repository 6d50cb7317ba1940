using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "منفذو العمليات الانتحارية أدوات", "والعمليات الانتحارية في ازدياد": suicide attacks named by a definite plural with no
/// place, day or dead of their own are such attacks as a kind — no one attack, and none to fold a bombing told in the
/// article into.
/// </summary>
public class SuicideAttacksAsAKindTests
{
    [GazetteerFact]
    public void Suicide_attacks_as_a_kind_are_no_attack() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "قتل خمسة أشخاص في تفجير في مدينة الكويت أمس. وقال الكاتب إن منفذي العمليات الانتحارية أدوات بيد غيرهم.", "2015-08-09").Events,
            e => e.SubEventType == "Suicide bomb");

    [GazetteerFact]
    public void Suicide_attacks_with_their_dead_are_one() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "قتل 13 شخصا في الهجمات الانتحارية التي استهدفت مدينة مايدوغوري أمس.", "2015-07-23").Events,
            e => e.SubEventType == "Suicide bomb");
}
