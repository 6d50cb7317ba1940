using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Somalia's army of 2012–2017 has its own ACLED name, and the African Union's mission that fights beside it takes ground
/// for the government (ACLED's "government forces or their affiliates"), as the coalition does in Yemen.
/// </summary>
public class SomaliaOf2015Tests
{
    [GazetteerFact]
    public void The_Somali_army_of_2015_is_the_2012_to_2017_force()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "سيطر الجيش الصومالي أمس على مدينة كيسمايو بعد انسحاب مقاتلي حركة الشباب منها.",
            "2015-07-25").Events);
        Assert.Equal("Military Forces of Somalia (2012-2017)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_African_Union_mission_regains_ground_for_the_government()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "استعادت بعثة الاتحاد الأفريقي في الصومال أمس السيطرة على مدينة كيسمايو من حركة الشباب.",
            "2015-07-25").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
    }
}
