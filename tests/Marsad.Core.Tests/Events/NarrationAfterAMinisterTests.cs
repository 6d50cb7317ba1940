using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A sentence opened by و and a past verb of the act narrates: the minister who spoke in the sentence before does not make
/// it his case (the claim it inherits does not silence it as a politician's words would).
/// </summary>
public class NarrationAfterAMinisterTests
{
    [GazetteerFact]
    public void A_narrated_act_after_a_ministers_words_is_reported()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وفيما أوضح وزير الداخلية اليمني اللواء عبده الحذيفي، أن نحو 75% من تعز باتت تحت سيطرة المقاومة. " +
            "واستهدفت مليشيات الحوثي منازل المدنيين في عدد من الأحياء السكنية بمدينة تعز بقصف عشوائي عنيف.", "2015-08-06");
        Assert.Contains(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack" && e.Actor1?.PlainName == "Houthi Movement");
    }
}
