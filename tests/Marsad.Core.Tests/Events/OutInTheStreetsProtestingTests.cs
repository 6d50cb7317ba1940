using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حيث خرجوا إلى الشوارع محتجين على …": a crowd, the verb's own suffix, that went out into the streets protesting is out
/// protesting; the same crowd out celebrating is not.
/// </summary>
public class OutInTheStreetsProtestingTests
{
    [GazetteerFact]
    public void They_went_out_into_the_streets_protesting()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتواصل التوتر في مدينة القصرين حيث خرجوا إلى الشوارع محتجين على البطالة.", "2015-07-22").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Equal("Kasserine", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void Out_in_the_streets_celebrating_is_no_protest()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("خرج الآلاف إلى الشوارع في القاهرة احتفالا بفوز المنتخب.", "2015-07-22").Events;
        Assert.DoesNotContain(events, e => e.EventType == AcledTaxonomy.Protests);
    }
}
