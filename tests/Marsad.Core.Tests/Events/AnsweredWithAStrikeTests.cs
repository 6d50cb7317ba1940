using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الحوثيون ردوا على هجمات المقاومة بقصف الأحياء": the subject of the verb of answering did the shelling; the side whose
/// attacks it answered, named between, is not its agent.
/// </summary>
public class AnsweredWithAStrikeTests
{
    [GazetteerFact]
    public void Who_answered_shelled()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر محلية إن الحوثيين ردوا على هجمات المقاومة بقصف الأحياء السكنية في مدينة تعز.", "2015-08-10").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
    }
}
