using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصفت إحدى طائرات سلاح الجو من قاعدة طبرق الجوية أحد المراكب … قبالة ميناء درنة": the base or airport a strike flew
/// from is no scene of it.
/// </summary>
public class FlewFromABaseTests
{
    [GazetteerFact]
    public void The_base_it_flew_from_is_no_scene()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قصفت إحدى طائرات سلاح الجو الليبي من قاعدة طبرق الجوية أحد المراكب، الذي كان محملا بمسلحين وذخيرة، في عرض البحر قبالة ميناء درنة.",
            "2015-08-08").Events;
        Assert.Contains(events, e => e.Location?.Place?.Name == "Darnah");
        Assert.DoesNotContain(events, e => e.Location?.Place?.Name == "Tobruk");
    }
}
