using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تمشيط … قاعدة العند الجوية بعد تحريرها من الحوثيين بشكل كامل": a taking told done in full after "بعد", its pronoun
/// the place taken, happened — not a side's battles in general, nor a weak word the clause's other act speaks for.
/// </summary>
public class TakenWholeBeforeTests
{
    [GazetteerFact]
    public void The_base_combed_after_its_full_liberation_was_taken()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وواصلت المقاومة الشعبية تمشيط قاعدة العند الجوية في محافظة لحج بعد تحريرها من الحوثيين وقوات صالح بشكل كامل، فيما لا تزال مواجهات مسلحة مستمرة في مدينة الحوطة.",
            "2015-08-04").Events;
        Assert.Contains(events, e => e.SubEventType == AcledTaxonomy.GovernmentRegains);
    }

    [GazetteerFact]
    public void A_sides_battles_in_general_stay_none()
    {
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وتقود الإمارات القوات الحكومية في معاركها ضد الحوثيين في محافظة لحج.", "2015-08-04").Events,
            e => e.EventType == AcledTaxonomy.Battles);
    }
}
