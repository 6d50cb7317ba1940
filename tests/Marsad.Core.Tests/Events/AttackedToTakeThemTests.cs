using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "خطفوا عشرة عمال" and, further on, "شن مسلحون مجهولون هجوماً عليهم … وساقوا العمال العشرة إلى مكان مجهول": an attack
/// that killed no one, by the side that took the people, that day and place, is the abduction told over — one act.
/// </summary>
public class AttackedToTakeThemTests
{
    [GazetteerFact]
    public void The_attack_on_the_workers_taken_is_their_abduction()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أحرق مسلحون مجهولون مبنى مدرسة حكومية وخطفوا عشرة عمال كانوا داخل المدرسة شمال غرب باكستان.\n" +
            "وأوضح مسؤول محلي أن العمال دخلوا إلى مدرسة ابتدائية هناك للاستراحة، حيث شن مسلحون مجهولون هجوماً عليهم، وقاموا بحرق مبنى المدرسة وساقوا العمال العشرة إلى مكان مجهول.",
            "2015-08-10").Events;
        Assert.Equal("Abduction/forced disappearance", Assert.Single(events).SubEventType);
    }
}
