using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تفجير مسجد قوة الطوارئ" told again in visits, statements and columns is the bombing of a mosque with a force's men in
/// it — an explosion whoever set it off, its site in the trigger's own words; the mosque may be of the force's command
/// ("مسجد قيادة قوة الطوارئ"); "قوة الطوارئ" (the singular) is the police's emergency force. And "قائم" (standing in
/// prayer) is no Al Qa'im.
/// </summary>
public class MosqueOfAForceBombedTests
{
    [GazetteerFact]
    public void A_visit_to_the_wounded_of_the_mosque_bombing_tells_the_bombing()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "زار أمير المنطقة بعد ظهر اليوم المستشفى المركزي في أبها ليطمئن على المصابين من جراء تفجير مسجد قيادة قوة الطوارئ بعسير.", "2015-08-07").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
    }

    [GazetteerFact]
    public void The_spokesman_telling_of_the_bombing_of_the_forces_mosque_tells_the_bombing()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتحدث المتحدث الأمني بوزارة الداخلية عن حادث تفجير مسجد قوة الطوارئ بمنطقة عسير، مبينا أن منفذ الجريمة سعودي الجنسية.", "2015-08-10").Events);
        Assert.Equal(AcledTaxonomy.Explosions, e.EventType);
        Assert.StartsWith("Police Forces of Saudi Arabia", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Standing_in_prayer_is_no_town()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقال والد الشهيد إن ابنه استشهد في حادثة التفجير الآثم في مسجد قوات الطوارئ بعسير وهو قائم بين يديه يصلي.", "2015-08-09").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Location?.Place?.CountryCode == "IQ");
    }
}
