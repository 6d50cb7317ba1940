using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قام سلاح الجو بتفجير مخزن ذخيرة للمجموعات الإرهابية": what an air force, the subject of "قام", blew up it struck from
/// the air — an air strike by that force, not a bomb planted by someone unknown against it.
/// </summary>
public class AirForceThatBlewUpTests
{
    [GazetteerTheory]
    [InlineData("وقال المتحدث العسكري إن سلاح الجو قام بتفجير مخزن ذخيرة للمجموعات الإرهابية في منطقة الليثي في بنغازي.")]
    [InlineData("وأضاف قائلا: «قام سلاح الجو بتفجير مخزن ذخيرة للمجموعات الإرهابية في الصابري في بنغازي».")]
    public void The_air_force_struck(string sentence)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(sentence, "2015-07-25").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.StartsWith("Military Forces of Libya", e.Actor1?.Name);
    }
}
