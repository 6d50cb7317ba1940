using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ردت القوات المسلحة السعودية على مصدر القذائف … حيث دكت مواقع المتمردين الحوثيين": the source of the shells answered
/// names fire told already, the object of the answer — not a shelling of its own; the answer is the event.
/// </summary>
public class SourceOfFireAnsweredTests
{
    [GazetteerFact]
    public void The_answer_to_the_source_of_the_shells_is_the_only_shelling()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "إلى ذلك، ردت القوات المسلحة السعودية على مصدر القذائف بقوة، باستخدام المدفعية وطائرات الأباتشي، حيث دكت مواقع المتمردين الحوثيين في حرض ودمرتها.",
            "2015-07-25").Events);
        Assert.StartsWith("Military Forces of Saudi Arabia", e.Actor1?.Name);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Shells_fired_on_a_town_are_still_a_shelling()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأطلقت ميليشيات الحوثي أمس عددا من قذائف الهاون على حي القابل بمنطقة نجران.", "2015-07-25").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
    }
}
