using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What a side is "قادر على" (able to) do, told with the adjective ("لا يزال المتشددون قادرين على نصب حواجز وخطف عابرين"),
/// is an ability, as "قدرة على" is — no act done.
/// </summary>
public class AbleAsAnAdjectiveTests
{
    [GazetteerFact]
    public void Militants_still_able_to_abduct_passers_by_abduct_no_one() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتشهد القرى المحيطة بالحويجة وطوز خورماتو تدهورا أمنيا، حيث لا يزال المسلحون قادرين على نصب حواجز وخطف مسافرين.",
            "2018-07-04").Events);
}
