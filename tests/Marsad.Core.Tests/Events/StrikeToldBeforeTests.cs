using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "The shelling", definite and given no striker in its sentence, is the striking the sentence before told: its striker,
/// not the side the article more often shows fighting the side hit.
/// </summary>
public class StrikeToldBeforeTests
{
    [GazetteerFact]
    public void The_shelling_is_the_striker_told_just_before()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قصفت قوات التحالف بقيادة السعودية مواقع الحوثيين في محافظة صعدة اليوم. وقالت مصادر محلية إن القصف المدفعي تركز على مواقع لميليشيات الحوثي في مديرية حيدان. "
            + "وفي تعز، اشتبكت قوات الجيش اليمني مع الحوثيين في مديرية مقبنة. كما دارت معارك بين الجيش اليمني والحوثيين في مديرية حيس.", "2018-03-27");
        var haydan = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Ḩaydān");
        Assert.Equal("Coalition (Saudi-led)", haydan.Actor1?.PlainName);
    }
}
