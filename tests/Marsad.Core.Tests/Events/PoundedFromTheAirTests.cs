using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "دكت مقاتلات التحالف مقرا للحوثيين": "دك" (pounded) is artillery's verb only when no aircraft pounds — fighter jets
/// as its subject make one air strike, not an air strike beside a shelling.
/// </summary>
public class PoundedFromTheAirTests
{
    [GazetteerFact]
    public void Jets_that_pound_strike_from_the_air()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "دكت مقاتلات التحالف العربي، الاثنين، مقرا لقادة ميليشيات الحوثي في مديرية زبيد، ما أسفر عن سقوط قتلى وجرحى في صفوف المتمردين.", "2018-07-02").Events);
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Equal("Coalition (Saudi-led)", strike.Actor1!.Name);
    }

    [GazetteerFact]
    public void Artillery_that_pounds_shells() =>
        Assert.Equal("Shelling/artillery/missile attack", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "دكت مدفعية الجيش مواقع الحوثيين في مديرية حيس.", "2018-07-02").Events).SubEventType);
}
