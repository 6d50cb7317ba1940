using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في أحدث هجوم ينسب إلى متمردين من حزب العمال الكردستاني": men of a group named before it with من ("متمردين من",
/// "مسلحين من", "عناصر من") stand between a cue of the agent and the group — the group carried it out.
/// </summary>
public class MenOfTheGroupAscribedTests
{
    [GazetteerFact]
    public void Rebels_of_the_pkk_are_the_pkk()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل ثلاثة جنود أتراك وأصيب آخر أمس بانفجار عبوة في ولاية شرناخ في أحدث هجوم ينسب إلى متمردين من حزب العمال الكردستاني.", "2015-08-06").Events);
        Assert.Equal("Kurdistan Workers' Party", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Turkey", e.Actor2?.Name);
    }
}
