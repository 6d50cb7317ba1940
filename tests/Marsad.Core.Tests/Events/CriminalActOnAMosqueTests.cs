using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A "criminal" act on a mosque with its dead ("الحادث الإجرامي الذي استهدف المصلين في مسجد … وأدى إلى استشهاد"),
/// the press's other name for a terrorist act, is a bombing by an unidentified armed group, as a terrorist act there is.
/// </summary>
public class CriminalActOnAMosqueTests
{
    [GazetteerFact]
    public void A_criminal_act_on_a_mosque_with_its_dead_is_a_bombing() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "واستنكر رئيس الغرفة التجارية الحادث الإجرامي الذي استهدف المصلين في مسجد بمدينة أبها ظهر الخميس، وأدى إلى استشهاد عدد من رجال الأمن.", "2015-08-08").Events,
            e => e.SubEventType == "Remote explosive/landmine/IED" && e.Actor1?.Name == "Unidentified Armed Group (Saudi Arabia)");
}
