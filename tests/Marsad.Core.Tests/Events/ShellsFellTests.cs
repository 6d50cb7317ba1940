using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"سقطت ثلاث قذائف هاون في المنطقة الخضراء في بغداد": shells that fell on a place struck it, an unidentified group's.</summary>
public class ShellsFellTests
{
    [GazetteerFact]
    public void Shells_that_fell_on_a_place_are_an_unidentified_groups_shelling()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "سقطت ثلاث قذائف هاون في المنطقة الخضراء في بغداد يوم الجمعة.", "2018-09-12").Events);
        Assert.Equal(AcledTaxonomy.Shelling, e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Iraq)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_site_described_before_the_town_it_is_in_is_one_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وسقطت ثلاث قذائف هاون داخل المنطقة الخضراء شديدة التحصين في بغداد يوم الجمعة.", "2018-09-12").Events);
        Assert.Equal("Green Zone", e.Location?.Place?.Name);
    }
}
