using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A terrorist act told only as such ("العمل الإرهابي الذي استهدف مسجدا", "الحادث الإرهابي الذي وقع في مسجد"), with its
/// dead and no one named carrying it out, is coded as the coders code such retellings: a bombing by an unidentified
/// armed group, the forces whose mosque it was its target.
/// </summary>
public class TerroristActOnAMosqueTests
{
    [GazetteerFact]
    public void A_terrorist_act_that_targeted_a_forces_mosque_is_a_bombing_of_the_forces()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أدان المجلس العمل الإرهابي الذي استهدف مسجدا في مقر قوات الأمن بمدينة نجران، ونتج عنه مقتل عدد من رجال الأمن.", "2015-08-08");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
        Assert.StartsWith("Police Forces of Saudi Arabia", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_terrorist_incident_in_a_mosque_with_its_victims_is_one_bombing()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "عبر الاتحاد عن إدانته للحادث الإرهابي الذي وقع في مسجد بمدينة الدمام وراح ضحيته عدد من المصلين.", "2015-08-08");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Dammam", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_bombing_that_targeted_a_mosque_named_indefinitely_is_one()
    {
        // ("مسجدا": the object's accusative alif does not hide the mosque)
        var doc = TestPipeline.ExtractWithRealGazetteer("ندد الأمين العام بالتفجير الإرهابي الذي استهدف مسجدا في مدينة القطيف أمس.", "2015-08-08");
        Assert.Single(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }

    [GazetteerFact]
    public void The_old_spelling_of_the_emergency_forces_is_theirs()
    {
        // ("الطوارىء": ئ written as ى with a hamza after it)
        var doc = TestPipeline.ExtractWithRealGazetteer("تحدث المتحدث الأمني عن حادث تفجير مسجد قوة الطوارىء بمنطقة جازان.", "2015-08-08");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Police Forces of Saudi Arabia", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Terrorist_acts_a_crowd_is_said_to_plan_are_none()
    {
        // (a gathering place named for something else, "تنديدا بنقل السفارة", is not where the act fell)
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال المسؤول إن الحكومة روجت أن آلاف المتظاهرين سيعبرون السياج لارتكاب عمليات إرهابية في المدن تنديدا بنقل السفارة الأمريكية إلى القدس، ما أدى إلى مقتل العشرات.",
            "2018-05-15");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
