using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "فوق رقاب التكفيريين": "necks" is no Riqab, a district town of Yemen (data/geo/ambiguous-names.txt lets it count only
/// with a cue noun).
/// </summary>
public class NecksAreNoRiqabTests
{
    [GazetteerFact]
    public void Necks_are_no_town() =>
        Assert.DoesNotContain("Riqāb", TestPipeline.PlaceNames("ننتظر إجراء حازما بعد التفجير، ونرجو أن يمر السيف فوق رقاب التكفيريين لكي يرتدع كل المتربصين بأمننا.", "2015-08-10"));
}
