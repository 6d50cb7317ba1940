using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An exchange of fire told with an adjective inside it ("تبادل خطير لإطلاق النار"), or by two groups ("تبادلتا"), is a
/// clash; the armed men of the PKK named by the words for fighters ("متمردي حزب العمال") are the PKK, not the workers.
/// </summary>
public class ExchangeWithAnAdjectiveTests
{
    [GazetteerFact]
    public void An_exchange_with_an_adjective_is_a_clash()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قتل جندي تركي وآخر من تنظيم داعش في تبادل خطير لإطلاق النار أمس بين الجيش التركي وتنظيم داعش قرب بلدة كيليس.", "2015-07-24").Events;
        var e = Assert.Single(events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Fighters_of_the_workers_party_are_the_pkk()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأعقبت الانفجار اشتباكات بين الجنود الأتراك ومتمردي حزب العمال في ولاية سيرناك.", "2015-08-06").Events;
        var e = Assert.Single(events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Kurdistan Workers' Party", e.Actor2?.Name);
    }
}
