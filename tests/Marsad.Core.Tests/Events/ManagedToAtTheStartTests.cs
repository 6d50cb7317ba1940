using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تمكنت … من تحرير" with the verb opening the article: the subject is looked for after it (the search before it
/// once ran off the start of the text and failed the whole article).
/// </summary>
public class ManagedToAtTheStartTests
{
    [GazetteerFact]
    public void A_verb_of_managing_at_the_very_start_finds_its_subject_after_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وتمكنت المقاومة أمس من دحر ميليشيا الحوثي من مديرية موزع.", "2018-05-12");
        Assert.Contains(doc.Events, e => e.EventType == "Strategic developments" || e.EventType == "Battles");
    }
}
