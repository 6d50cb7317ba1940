using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استعادت القوات الأمنية الأمن والاستقرار في مدينة الرمادي", "واستعاد الجيش هيبته": security or prestige restored, named
/// after the subject that follows the verb, is no ground retaken — as when it follows the verb itself ("استعادة الأمن").
/// </summary>
public class RestoredAfterItsSubjectTests
{
    [GazetteerFact]
    public void Security_restored_by_the_forces_is_no_ground_retaken() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("استعادت القوات الأمنية الأمن والاستقرار في مدينة الرمادي.", "2018-05-10").Events);

    [GazetteerFact]
    public void Prestige_restored_by_the_army_is_no_ground_retaken() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("واستعاد الجيش هيبته في درعا.", "2018-05-10").Events);

    [GazetteerFact]
    public void Control_regained_by_the_security_forces_is_ground_retaken() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("استعادت قوات الأمن السيطرة على مدينة الرمادي.", "2018-05-10").Events,
            e => e.SubEventType == "Government regains territory");
}
