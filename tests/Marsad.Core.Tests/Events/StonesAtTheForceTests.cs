using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ألقى مئات من أنصار حركة حماس الحجارة على الجنود الإسرائيليين … وأطلق الجنود قنابل الغاز المسيل للدموع": a crowd that
/// threw stones at the force that fired tear gas at it rioted — a violent demonstration facing that force, not a
/// peaceful protest it broke up.
/// </summary>
public class StonesAtTheForceTests
{
    [GazetteerFact]
    public void Stone_throwers_gassed_rioted()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "إلى ذلك، ألقى مئات من أنصار حركة المقاومة الإسلامية (حماس) الحجارة على الجنود الإسرائيليين أمس الجمعة في مدينة الخليل بالضفة الغربية، وأطلق الجنود قنابل الغاز المسيل للدموع رداً عليهم.",
            "2015-07-31").Events);
        Assert.Equal(("Violent demonstration", "Rioters (Palestine)"), (e.SubEventType, e.Actor1?.Name));
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
    }
}
