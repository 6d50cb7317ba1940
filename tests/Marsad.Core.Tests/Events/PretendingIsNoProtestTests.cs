using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أن تتظاهر بعدم الاهتمام", "يتظاهر بأنه نائم": the verb of demonstrating with what one feigns right after it is
/// pretending — no protest; "تظاهر الآلاف بالقرب من البرلمان" still demonstrated where it says.
/// </summary>
public class PretendingIsNoProtestTests
{
    [GazetteerFact]
    public void Pretending_not_to_care_is_no_protest() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("هناك أوقات يجدي فيها نفعا أن تتظاهر بعدم الاهتمام في مدينة أوستن.", "2015-07-21").Events);

    [GazetteerFact]
    public void Demonstrating_near_a_place_is_a_protest() =>
        Assert.Equal("Peaceful protest", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تظاهر الآلاف بالقرب من مبنى البرلمان في بغداد.", "2015-07-21").Events).SubEventType);
}
