using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The act right after a fronted "ردا على" is the one answered: the answering side and its air words, past the comma
/// that closes the answer, are not its.
/// </summary>
public class ActAnsweredFrontedTests
{
    private const string Text =
        "وردا على قصف الحوثيين على مواقع المقاومة المشتركة في محيط مطار الحديدة، نفذت طائرات التحالف العربي غارات عدة على تجمعات للميليشيات شمال مدينة الحديدة.";

    [GazetteerFact]
    public void The_answered_shelling_is_the_Houthis() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(Text, "2018-07-05").Events,
            e => e.SubEventType == "Shelling/artillery/missile attack" && e.Actor1?.Name == "Houthi Movement");

    [GazetteerFact]
    public void The_answer_is_the_coalitions_strike() =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(Text, "2018-07-05").Events, e => e.Actor1?.Name == "Coalition (Saudi-led)");
}
