using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ستشن هجوما عسكريا بسبب الهجوم الكيماوي المزعوم في بلدة دوما": the side before a cause word acts over the act after
/// it, it did not commit it; "سنتخذ قرارا بشأن قصف سوريا", "مشاورات حول قصف مواقع الحوثيين": a decision about an act, or talks about it, are no act.
/// </summary>
public class ActedOverTests
{
    [GazetteerFact]
    public void The_side_that_acts_over_an_attack_did_not_commit_it()
    {
        var gassing = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قالت فرنسا إنها ستقرر في الأيام المقبلة ما إذا كانت ستشن هجوما عسكريا بسبب الهجوم الكيماوي المزعوم في بلدة دوما السورية.", "2018-04-12").Events);
        Assert.Equal("Chemical weapon", gassing.SubEventType);
        Assert.NotEqual("FR", gassing.Actor1?.Country);
    }

    [GazetteerTheory]
    [InlineData("فرنسا: سنتخذ قرارا بشأن قصف سوريا خلال أيام")]
    [InlineData("وأجرى الوزيران مباحثات ومشاورات حول قصف مواقع الحوثيين في صعدة.")]
    [InlineData("واتخذت الحكومة قرارا بشأن قصف مواقع المعارضة في إدلب.")]
    public void A_decision_or_talks_about_an_act_are_no_act(string text)
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2018-04-12").Events);
    }
}
