using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>Acts one asks protection from ("بحماية … من هجمات المستوطنين") are feared in general, not one that happened.</summary>
public class ProtectionFromActsTests
{
    [GazetteerFact]
    public void Protection_asked_from_settler_attacks_is_no_attack() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وطالبت اللجنة الوزارية أمس في القاهرة بحماية دولية للفلسطينيين من هجمات المستوطنين في الضفة الغربية.", "2015-08-05").Events);

    [GazetteerFact]
    public void Settler_attacks_told_as_done_are_events() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "وأصيب ثلاثة فلسطينيين أمس في هجمات المستوطنين على قرية قصرة في الضفة الغربية.", "2015-08-05").Events);
}
