using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "قد تدمر الأدلة" is "may destroy the evidence", not Palmyra: a bare word right after a particle only a verb follows
/// (قد، لن، لم، سوف) is that verb; the town with its preposition is still the town.
/// </summary>
public class VerbAfterItsParticleTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2018-04-11");

    [GazetteerFact]
    public void A_verb_after_qad_is_no_town() =>
        Assert.DoesNotContain("Tadmur", Places("وحذرت موسكو من أن الضربات الأمريكية على سوريا قد تدمر الأدلة على وقوع الهجوم الكيميائي المزعوم."));

    [GazetteerFact]
    public void The_town_after_its_preposition_is_still_the_town() =>
        Assert.Contains("Tadmur", Places("قصفت الطائرات مواقع التنظيم في تدمر أمس."));
}
