using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "لا يشك أحد … أن تفجير مسجد … عمل يتنافى مع الإسلام": a doubt denied affirms the clause of "أن" it governs — the act
/// in it happened, whatever "ولا" lies between; a plain denial still denies.
/// </summary>
public class NoDoubtThatTests
{
    [GazetteerFact]
    public void No_one_doubting_that_the_bombing_was_a_crime_tells_the_bombing()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قال الشيخ إنه لا يشك أحد من المسلمين ولا غيرهم أن تفجير مسجد قوة الطوارئ في منطقة عسير عمل يتنافى مع الإسلام.", "2015-08-07").Events);
        Assert.Equal(AcledTaxonomy.Explosions, e.EventType);
    }

    [GazetteerFact]
    public void A_bombing_denied_is_still_no_event()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ونفى المتحدث أن يكون تفجير قد وقع في مسجد بمنطقة عسير، ولا صحة لما تردد عن تفجير مسجد في المنطقة.", "2015-08-07").Events);
    }
}
