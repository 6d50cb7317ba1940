using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "شنت القوات أمس هجوما واسعا لاستعادة القاعدة الجوية من مليشيات الحوثي": the air base the attack was to retake makes it
/// no air strike — the base's adjective is no aircraft.
/// </summary>
public class AttackOnAnAirBaseTests
{
    [GazetteerFact]
    public void An_attack_to_retake_an_air_base_is_a_ground_clash() =>
        Assert.Equal("Armed clash", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وكانت القوات الموالية للحكومة اليمنية الشرعية شنت أمس هجوما واسعا لاستعادة القاعدة الجوية من مليشيات الحوثي وقوات صالح في العند.",
            "2015-08-04").Events).SubEventType);
}
