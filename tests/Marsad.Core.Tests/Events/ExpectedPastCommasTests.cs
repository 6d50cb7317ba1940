using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ومن المتوقع أن يشن النظام السوري، مدعوما بغطاء جوي روسي، معارك ضد داعش": the verb after an expectation's "أن" is
/// to come, though the subject's commas stand between it and the act.
/// </summary>
public class ExpectedPastCommasTests
{
    [GazetteerFact]
    public void What_is_expected_has_not_happened() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ومن المتوقع أن يشن النظام السوري، مدعوما بغطاء جوي روسي، معارك ضد داعش على عدة محاور في درعا.", "2018-07-21").Events);

    [GazetteerFact]
    public void What_was_done_is_news() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "وشن النظام السوري، مدعوما بغطاء جوي روسي، معارك ضد داعش على عدة محاور في درعا.", "2018-07-21").Events);
}
