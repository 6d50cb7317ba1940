using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "عملية احتجاز رهائن نفذتها مجموعة مسلحة", "قتلوا خلال عملية احتجاز الرهائن": the act named right after "عملية",
/// told as carried out by someone or as the time something befell, happened — "عملية" is no purpose there; an act merely
/// named a few words after it, as what the operation avenged, stays none.
/// </summary>
public class OperationCarriedOutTests
{
    [GazetteerFact]
    public void Hostages_taken_in_an_operation_a_group_carried_out_were_taken()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أعلنت مصادر عسكرية مالية أن الجيش أنهى ليل الجمعة عملية احتجاز رهائن نفذتها مجموعة مسلحة بفندق في مدينة سيفاري.", "2015-08-08").Events;
        var e = Assert.Single(events, x => x.SubEventType == "Abduction/forced disappearance");
        Assert.StartsWith("Unidentified Armed Group", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void Soldiers_killed_during_a_hostage_taking_tell_it_happened() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت حكومة مالي أن خمسة عسكريين قتلوا خلال عملية احتجاز الرهائن الجمعة في مدينة سيفاري.", "2015-08-08").Events,
            x => x.SubEventType == "Abduction/forced disappearance");

    [GazetteerFact]
    public void A_massacre_an_operation_avenged_is_no_act_of_the_operation() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقال المتحدث إن هذه العملية جاءت انتقاما للمجزرة التي وقعت في مدينة سروج قبل ثلاثة أيام.", "2015-07-23").Events,
            x => x.EventType == "Battles");
}
