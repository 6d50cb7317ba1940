using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ناحية كفري الحدودية مع محافظة كركوك وصلاح الدين", "مديرية عبس المحاذية لمديريتي حيران وميدي": the units a place
/// borders (and the rest of their list) say where it lies; they are no scenes of the act.
/// </summary>
public class BorderingPlacesTests
{
    [GazetteerFact]
    public void Provinces_a_district_borders_are_no_scenes()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "اشتبكت قوات البيشمركة مع عناصر داعش لدى محاولتهم اقتحام قرى الهديدة والفسلوج التابعة لناحية كفري الحدودية مع محافظة كركوك وصلاح الدين.", "2015-07-22").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Kifrī", e.Location?.Place?.Name));
    }

    [GazetteerFact]
    public void Districts_a_district_borders_are_no_scenes()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "تمكنت قوات الجيش اليمني اليوم من تحرير مديرية عبس المحاذية لمديريتي حيران وميدي من ميليشيا الحوثي.", "2018-07-17").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Location?.Place?.Name is "Hayran" or "Mīdī");
    }
}
