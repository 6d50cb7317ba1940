using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في هجوم جديد نسبته السلطات إلى التمرد الكردي": who ascribes an act to someone is no side of it — the side named after
/// "إلى" did it; "أعمال شغب نسبتها السلطات إلى المندسين": the authorities who ascribe the riots did not face them.
/// </summary>
public class AscriberIsNoSideTests
{
    [GazetteerFact]
    public void The_side_an_attack_is_ascribed_to_did_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل عنصران من الشرطة التركية بالرصاص صباح اليوم في مدينة أضنة في هجوم جديد نسبته السلطات إلى التمرد الكردي.", "2015-07-31").Events);
        Assert.Equal("Kurdistan Workers' Party", e.Actor1!.Name);
        Assert.StartsWith("Police Forces of Turkey", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void Authorities_ascribing_an_attack_did_not_carry_it_out() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "قتل عنصران من الشرطة التركية بالرصاص صباح اليوم في مدينة أضنة في هجوم جديد نسبته السلطات إلى مجهولين.", "2015-07-31").Events,
            e => e.Actor1?.Name.StartsWith("Police Forces", StringComparison.Ordinal) == true || e.Actor1?.Name.StartsWith("Military Forces", StringComparison.Ordinal) == true);
}
