using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "المقاومة تسيطر على ابين": a bare "المقاومة" no named resistance precedes is, in an article set in Yemen, the Popular
/// Resistance — as a bare "التحالف" there is the Saudi-led coalition — but not elsewhere, nor the "axis" of it; and
/// "الأمر الذي" opens a comment on what the act brings, whose places are no scenes of it.
/// </summary>
public class BareResistanceTests
{
    [GazetteerFact]
    public void The_resistance_in_Yemen_is_the_popular_resistance()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر محلية في عدن إن المقاومة سيطرت على مديرية لودر في محافظة أبين اليوم.", "2015-08-10").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Popular Resistance (Yemen)", e.Actor1?.PlainName);
    }

    [GazetteerFact]
    public void A_named_resistance_before_it_is_the_one_meant()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت المقاومة الجنوبية تقدمها في أبين. وقالت مصادر إن المقاومة سيطرت على مديرية لودر اليوم.", "2015-08-10").Events;
        Assert.Contains(events, e => e.Actor1?.PlainName == "Southern Resistance Forces");
        Assert.DoesNotContain(events, e => e.Actor1?.PlainName == "Popular Resistance (Yemen)");
    }

    [GazetteerFact]
    public void Elsewhere_the_bare_resistance_is_not_yemen_s()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر إن المقاومة قصفت مستوطنات غلاف غزة بالصواريخ اليوم.", "2015-08-10").Events;
        Assert.DoesNotContain(events, e => e.Actor1?.PlainName == "Popular Resistance (Yemen)");
    }

    [GazetteerFact]
    public void What_the_act_brings_closer_is_no_scene_of_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قال سكان إن المقاومة سيطرت على أربع مناطق في محافظة إب بوسط البلاد اليوم الأمر الذي يقرب المقاومة أكثر من العاصمة صنعاء.",
            "2015-08-10").Events);
        Assert.Equal("Ibb", e.Location?.Place?.Name);
    }
}
