using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "اختطف مسلحون مجهولون متطوعة ألمانية", "المتطوعة رزان النجار", "الطفل": volunteers, nurses and children are civilians
/// the catalog names — of the nationality told beside them.
/// </summary>
public class VolunteersAndChildrenTests
{
    [GazetteerFact]
    public void A_foreign_volunteer_taken_is_a_civilian_of_her_country()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اختطف مسلحون مجهولون متطوعة ألمانية تعمل في منظمة إغاثية في مقديشو، الأربعاء.", "2018-05-03").Events);
        Assert.Equal("Civilians (Germany)", e.Actor2?.Name);
    }
}
