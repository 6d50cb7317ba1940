using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "توجه الرجل إلى مفتاح التحكم في الغاز": a key or a switch is no Yemeni village Al Miftah (data/geo/ambiguous-names.txt
/// lets the name count only with a cue noun).
/// </summary>
public class CommonWordsNotPlacesTests
{
    [GazetteerFact]
    public void A_switch_is_no_village() =>
        Assert.DoesNotContain("Al Miftāḩ", TestPipeline.PlaceNames("فإن الرجل توجه مخموراً أمس الخميس إلى مفتاح التحكم في الغاز في قبو المنزل وقام بفتحه.", "2015-07-31"));
}
