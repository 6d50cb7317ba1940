using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "باشرت الشرطة بالرياض حادثة العثور على جثة", "حيث تولت التحقيقات فيها الأجهزة الأمنية": the police who took up the
/// case did not do the killing or the shooting; the arrest they made is still theirs.
/// </summary>
public class PoliceOnTheCaseTests
{
    [GazetteerFact]
    public void The_police_who_took_up_the_case_of_a_body_found_did_not_kill()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "باشرت الشرطة بالرياض، مساء أمس الأول، حادثة العثور على جثة متحللة إثر بلاغ من راعي أغنام.", "2015-07-31").Events;
        Assert.DoesNotContain(events, e => e.Actor1?.Name.StartsWith("Police Forces") == true);
    }

    [GazetteerFact]
    public void The_security_services_investigating_a_shooting_did_not_shoot()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أصيب إعلامي سوري وتوفيت زوجته إثر حادثة إطلاق نار تعرضا لها على أحد طرق ضواحي بيروت، فجر أمس الأربعاء؛ حيث تولت التحقيقات فيها الأجهزة الأمنية.",
            "2015-08-06").Events;
        Assert.DoesNotContain(events, e => e.Actor1?.Name.StartsWith("Police Forces") == true);
    }

    // (the culprit of a crime, "وقبضت على الجاني", is no event at all: ACLED leaves crime out — MurderCaseArrestTests)
    [GazetteerFact]
    public void The_arrest_the_police_on_the_case_made_is_theirs()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وباشرت الجهات الأمنية الحادث في حائل وقبضت على منفذ الهجوم.", "2015-08-02").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Saudi Arabia", e.Actor1?.Name);
    }
}
