using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقصفت تركيا معسكرات لحزب العمال الكردستاني في شمال العراق": the side named with ل right after a site noun (camps,
/// bases, headquarters) owns what was struck, and does not push aside the country that is the verb's subject.
/// </summary>
public class OwnerOfACampStruckTests
{
    [GazetteerFact]
    public void The_country_struck_the_camps_of_the_side_named_after_them()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وبدأت تركيا قصف معسكرات لحزب العمال الكردستاني في شمال العراق يوم الجمعة الماضي.", "2015-07-29").Events);
        Assert.StartsWith("Military Forces of Turkey", e.Actor1?.Name);
        Assert.Equal("Kurdistan Workers' Party", e.Actor2?.Name);
        Assert.Equal(new DateOnly(2015, 7, 24), e.Date.Date);
    }
}
