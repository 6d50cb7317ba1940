using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// '"وحدات الجيش تقدمت على أكثر من اتجاه"، مؤكدا السيطرة على عدد من البلدات بينها أوتايا والنشابية': the participle of
/// confirming or announcing ("مؤكدا", "معلنا") before the verbal noun of control reports ground taken, as "أكد" and
/// "أعلن" do — but not "مؤكدا أن السيطرة على هذه المواقع من شأنه …", what the taking would bring.
/// </summary>
public class ControlConfirmedByAParticipleTests
{
    [GazetteerFact]
    public void Control_confirmed_by_the_participle_is_ground_taken()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وتقدم الجيش السوري على أكثر من اتجاه، مؤكدا السيطرة على عدد من البلدات بينها أوتايا والنشابية في شرق الغوطة.", "2018-03-04").Events;
        Assert.Contains(events, e => e.SubEventType == "Government regains territory" && e.Location?.Place?.Name == "An Nashābīyah");
    }

    [GazetteerFact]
    public void What_control_would_bring_is_no_ground_taken()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقال القائد الميداني، مؤكدا أن السيطرة على هذه المواقع الاستراتيجية من شأنه تسهيل تقدم الثوار لاجتياح مركز المحافظة، مدينة البيضاء.", "2015-08-10").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Government regains territory");
    }
}
