using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "فالفرد البسيط كحارس الأمن", "بشكل بسيط": "simple" is no Albacete, whose Arabic name it once was (data/geo/
/// ambiguous-names.txt lets it count only with a cue noun).
/// </summary>
public class SimpleIsNoAlbaceteTests
{
    [GazetteerFact]
    public void The_simple_man_is_no_town() =>
        Assert.DoesNotContain("Albacete", TestPipeline.PlaceNames("فالفرد البسيط كحارس الأمن أو صاحب المطعم يتلقى هذه الفتاوى ثم تتظاهر النساء في الشوارع.", "2015-07-27"));

    [GazetteerFact]
    public void Nor_is_a_simple_fault() =>
        Assert.DoesNotContain("Albacete", TestPipeline.PlaceNames("وقال إن الحادث نجم عن خلل بسيط في المحرك.", "2015-07-27"));
}
