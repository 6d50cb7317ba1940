using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"خرج المئات في مظاهرات فرح بعد الإعلان عن الفوز": rallies of joy celebrate; they protest nothing.</summary>
public class RalliesOfJoyTests
{
    [GazetteerFact]
    public void Rallies_of_joy_after_an_election_win_are_no_protest() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وخرج المئات من أنصار التيار في مظاهرات فرح في بغداد بعد الإعلان عن فوز قائمتهم في الانتخابات.",
            "2018-05-14").Events);
}
