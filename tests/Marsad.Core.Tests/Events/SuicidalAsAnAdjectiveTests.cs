using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الدجاج الانتحاري" (the Islamic State's "suicide chickens"), "عمل انتحاري" (a suicidal deed): "suicidal" said of an
/// animal or a deed names no bomber; a bomber who blew himself up is one.
/// </summary>
public class SuicidalAsAnAdjectiveTests
{
    [GazetteerFact]
    public void Suicide_chickens_are_no_bombing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وتزامن ظهور صور \"الدجاج الانتحاري\" مع إلقاء قوات التحالف لمنشورات على معقل التنظيم في مدينة الرقة.", "2015-07-22").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Suicide bomb");
    }

    [GazetteerFact]
    public void A_bomber_who_blew_himself_up_is_one()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("فجر انتحاري نفسه في مسجد بمدينة أبها أمس.", "2015-08-07").Events);
        Assert.Equal("Suicide bomb", e.SubEventType);
    }
}
