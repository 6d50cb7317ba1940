using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قامت فتاتان بتفجير نفسيهما": the verbal noun of blowing oneself up, with the dual or plural self, is a suicide
/// bombing as "فجرتا نفسيهما" is — not a bomb of someone else's.
/// </summary>
public class BlewThemselvesUpTests
{
    [GazetteerTheory]
    [InlineData("وقامت فتاتان بتفجير نفسيهما في السوق المركزية في مايدوغوري.")]
    [InlineData("وقام ثلاثة مسلحين بتفجير أنفسهم في سوق مايدوغوري.")]
    public void Blowing_themselves_up_is_a_suicide_bombing(string text) =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-24").Events, e => e.SubEventType == "Suicide bomb");
}
