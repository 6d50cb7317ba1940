using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

// Air or ground: the adjectives after a strike noun, in any case ending, say which — and both make two events.
public class StrikeMeansTests
{
    [Theory]
    [InlineData("شنت القوات التركية قصفا مكثفا جويا وبريا على مدينة حلب أمس.")]   // accusative adjectives
    [InlineData("تعرضت مدينة حلب أمس لقصف جوي وبري من قبل القوات التركية.")]      // "وبري": a و the segmenter keeps
    public void Air_and_ground_named_together_are_two_strikes(string text)
    {
        var kinds = TestPipeline.Extract(text, "2018-03-16").Events.Select(e => e.SubEventType).ToHashSet();
        Assert.Contains(AcledTaxonomy.AirStrike, kinds);
        Assert.Contains(AcledTaxonomy.Shelling, kinds);
    }

    [Fact]
    public void A_ground_strike_phrase_with_air_after_it_is_both()
    {
        var kinds = TestPipeline.Extract("وقال المرصد إن قصفا بريا وجويا استهدف مدينة حلب أمس.", "2018-03-16").Events.Select(e => e.SubEventType).ToHashSet();
        Assert.Equal(new[] { AcledTaxonomy.AirStrike, AcledTaxonomy.Shelling }.ToHashSet(), kinds);
    }

    [Fact]
    public void A_strike_still_hitting_a_town_is_an_event_whoever_fires()
    {
        // no agent named: the strike told as hitting the town is one (an unidentified force, or the article's other side)
        var e = Assert.Single(TestPipeline.Extract("وأفاد المرصد أن قصفا مدفعيا لا يزال يستهدف مدينة حلب منذ منتصف الليل.", "2018-03-16").Events);
        Assert.Equal(AcledTaxonomy.Shelling, e.SubEventType);
        Assert.Equal("Aleppo", e.Location?.Place?.Name);
    }

    [Theory]
    [InlineData("واستهدفت طائرات التحالف أيضا معسكر اللواء 72 في مدينة صعدة أمس.", 1)]     // aircraft the subject: a strike
    [InlineData("استهدفت الدفاعات الجوية طائرات معادية فوق مدينة حمص أمس.", 0)]            // air defences aim at aircraft
    [InlineData("أعلن الجيش الإسرائيلي أن طائرته الحربية بعد استهدافها سقطت في مدينة حمص أمس.", 0)]   // the aircraft hit
    public void Aircraft_that_targeted_something_struck_it_whoever_holds_it(string sentence, int strikes)
    {
        Assert.Equal(strikes, TestPipeline.Extract(sentence, "2018-05-02").Events.Count(e => e.SubEventType == AcledTaxonomy.AirStrike));
    }

    [Fact]
    public void Aircraft_named_alone_are_the_ones_named_before()
    {
        var doc = TestPipeline.Extract("وقالت مصادر إن طائرات التحالف شنت غارات على مواقع الحوثيين في مديرية باقم. وقصفت الطائرات مبنى البنك المركزي في مدينة حجة.", "2018-05-02");
        var e = Assert.Single(doc.Events, e => e.Location?.Surface == "حجة");
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
    }

    [Fact]
    public void A_targeting_announced_earlier_with_drones_is_the_announcer_s_drone_strike()
    {
        // "في وقت سابق" is earlier, not long ago; the announcer named the act after it; the drones make it a strike
        var e = Assert.Single(TestPipeline.Extract("وكان الحوثيون أعلنوا في وقت سابق استهداف المطار في مدينة جيزان، بطائرتين من دون طيار.", "2018-04-11").Events);
        Assert.Equal(AcledTaxonomy.AirStrike, e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
    }

    [Theory]
    // "التحالف" alone refers back to the coalition named before, or in a war in Yemen is the Saudi-led one
    [InlineData("وشنت طائرات التحالف العربي غارات على صنعاء. وقصف التحالف مواقع الحوثيين في مدينة صعدة.")]
    [InlineData("وقصف التحالف مواقع الحوثيين في مدينة صعدة.")]
    public void The_coalition_named_alone_is_the_war_s_coalition(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-04-11").Events, e => e.Location?.Surface == "صعدة");
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
    }
}
