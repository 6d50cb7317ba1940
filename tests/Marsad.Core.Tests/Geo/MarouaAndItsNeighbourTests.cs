using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "في السوق المركزي في مروة وحي مجاور مكتظ": "a neighbouring quarter" names no place (the masculine adjective, like the
/// feminine, is no unknown name after its cue); and Maroua, whose Arabic name is also a given name, counts after a
/// preposition of place as after its cue — the girl named Marwa does not.
/// </summary>
public class MarouaAndItsNeighbourTests
{
    [GazetteerFact]
    public void A_neighbouring_quarter_is_no_place_of_its_own() =>
        Assert.Equal(new[] { "Maroua" }, TestPipeline.PlaceNames("قامتا بتفجير نفسيهما في السوق المركزي في مدينة مروة وحي مجاور مكتظ سكانه من الهاوسا.", "2015-07-23"));

    [GazetteerFact]
    public void Maroua_counts_after_its_preposition() =>
        Assert.Contains("Maroua", TestPipeline.PlaceNames("والهجومان في الكاميرون نفذتهما فتاتان قامتا بتفجير نفسيهما في السوق المركزي في مروة.", "2015-07-23"));

    [GazetteerFact]
    public void The_girl_named_Marwa_is_no_Maroua() =>
        Assert.DoesNotContain("Maroua", TestPipeline.PlaceNames("وقالت الطالبة مروة عبد المنعم إن الامتحانات كانت صعبة.", "2015-07-23"));
}
