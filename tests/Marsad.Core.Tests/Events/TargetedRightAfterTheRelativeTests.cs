using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "هذه الحادثة التي استهدفت رجال الأمن في مصلاهم في منطقة عسير … أن يستهدف حراس الأمن": the side right after the
/// relative clause's verb of targeting is whom the incident targeted, though another side is named later in the
/// sentence — the police are never the shellers of their own prayer room.
/// </summary>
public class TargetedRightAfterTheRelativeTests
{
    [GazetteerFact]
    public void The_police_the_incident_targeted_are_not_its_doers()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "من جانبه، قال نائب أمين عام الغرفة التجارية عبدالرحمن الخضير: إن هذه الحادثة التي استهدفت رجال الأمن في مصلاهم في منطقة عسير تمثل جريمة كبرى يندى لها الجبين، وقال متسائلاً أي فكر يحمله هؤلاء القلة المجرمين الذي يزهقون أرواح الأبرياء الركّع السجد في بيت من بيوت الله، فمهما بحثنا عن هذا الفكر فلن نجد له مثيلا أن يستهدف حراس الأمن في مكان عبادتهم.",
            "2015-08-07").Events;
        Assert.DoesNotContain(events, e => e.Actor1?.Name.StartsWith("Police Forces") == true);
    }
}
