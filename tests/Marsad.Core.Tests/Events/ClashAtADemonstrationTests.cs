using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A state force's clash with no other side named, where and when the article tells of demonstrations, is the
/// demonstrators rioting (ACLED's violent demonstration), one event with the protest — not a battle. (Gaza is in the
/// real gazetteer: skipped when scripts/setup has not fetched it.)
/// </summary>
public class ClashAtADemonstrationTests
{
    [GazetteerFact]
    public void A_force_s_clash_with_no_one_at_a_day_of_marches_is_the_marchers_riot()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "تظاهر آلاف الفلسطينيين قرب السياج الحدودي في غزة الاثنين. وخاض الجيش الإسرائيلي مواجهات عنيفة قرب السياج في غزة الاثنين.", "2018-05-14");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Rioters (Palestine)", e.Actor1!.Name);
        Assert.StartsWith("Military Forces of Israel", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void With_no_demonstration_told_it_stays_a_clash() =>
        Assert.Equal("Armed clash", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وخاض الجيش الإسرائيلي مواجهات عنيفة قرب السياج في غزة الاثنين.", "2018-05-14").Events).SubEventType);

    [GazetteerFact]
    public void Gas_dropped_on_the_marchers_is_force_used_on_the_march_no_air_strike() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وتظاهر آلاف الفلسطينيين قرب السياج الحدودي في غزة الجمعة. واستخدم الجيش الإسرائيلي طائرات دون طيار لإسقاط قنابل غاز فوق المحتجين في غزة الجمعة.",
            "2018-03-30").Events, e => e.EventType == "Explosions/Remote violence");
}
