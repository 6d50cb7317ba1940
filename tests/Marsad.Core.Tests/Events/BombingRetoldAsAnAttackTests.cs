using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "فجر انتحاري نفسه في معسكر …، مما أسفر عن مقتل 4 عسكريين في هجوم أعلنت حركة الشباب مسؤوليتها عنه": the bare word
/// "هجوم" in a bombing's clause names the bombing again — a suicide bombing (the group that claimed it its agent), not a
/// battle that outranks it. And "فجر انتحاري نفسه", the bomber named between the verb and "نفسه", is a suicide bombing.
/// </summary>
public class BombingRetoldAsAnAttackTests
{
    [GazetteerFact]
    public void The_attack_word_after_a_suicide_bombing_is_that_bombing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "فجر انتحاري نفسه في معسكر ببلدة جالكعيو الصومالية، السبت، مما أسفر عن مقتل 4 عسكريين في هجوم أعلنت حركة الشباب مسؤوليتها عنه.",
            "2018-04-28").Events;
        var bombing = Assert.Single(events);
        Assert.Equal("Suicide bomb", bombing.SubEventType);
        Assert.Equal("Al Shabaab", bombing.Actor1?.Name);
        Assert.Equal(4, bombing.Fatalities);
    }

    [GazetteerFact]
    public void A_bomber_between_the_verb_and_himself_blew_himself_up()
    {
        var bombing = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "فجرت انتحارية نفسها في سوق مدينة مايدوغوري أمس.", "2015-07-31").Events);
        Assert.Equal("Suicide bomb", bombing.SubEventType);
    }

    [GazetteerFact]
    public void A_battle_word_beside_a_bombing_still_outranks_it()
    {
        // (a word of fighting tells a battle the bombing was part of, as ACLED codes it)
        var events = TestPipeline.ExtractWithRealGazetteer(
            "فجر انتحاري نفسه في معسكر ببلدة جالكعيو الصومالية، السبت، قبل أن تندلع اشتباكات عنيفة مع حركة الشباب.", "2018-04-28").Events;
        Assert.Contains(events, e => e.SubEventType == "Armed clash");
        Assert.DoesNotContain(events, e => e.SubEventType == "Suicide bomb");
    }
}
