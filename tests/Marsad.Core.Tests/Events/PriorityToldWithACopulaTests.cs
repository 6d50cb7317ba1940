using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أن الأولوية الحالية لقواته هي استعادة إدلب": what the priority (aim, mission) is, an adjective and whose it is
/// between the noun and the copula, is not done.
/// </summary>
public class PriorityToldWithACopulaTests
{
    [GazetteerFact]
    public void A_priority_is_not_done() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وكان الرئيس السوري بشار الأسد أكد في مقابلة مع وسائل إعلام روسية أواخر تموز/يوليو أن الأولوية الحالية لقواته هي استعادة إدلب، التي تسيطر هيئة تحرير الشام (النصرة سابقا) على نحو ستين بالمئة منها.", "2018-08-09").Events);
}
