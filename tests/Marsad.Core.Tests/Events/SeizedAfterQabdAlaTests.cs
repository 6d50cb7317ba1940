using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "والقبض على شخصين بحرينيين": the people right after "القبض على" are the ones taken, not the takers — no one named
/// taking them, the police of the place did (and "28 رمضان 1436 هـ" dates it).
/// </summary>
public class SeizedAfterQabdAlaTests
{
    [GazetteerFact]
    public void The_two_men_seized_on_the_boat_were_arrested_by_the_police()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "مراسلنا – المنامة\nوفي فجر يوم الأربعاء 28 رمضان 1436 هـ، جرى تطويق زورق بعد مطاردته من قبل دوريات خفر السواحل، والقبض على شخصين بحرينيين كانا على متنه.",
            "2015-07-25").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Bahrain", e.Actor1?.Name);
        Assert.Equal("Civilians (Bahrain)", e.Actor2?.Name);
        Assert.Equal(new DateOnly(2015, 7, 15), e.Date.Date);
    }
}
