using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتلت قوات الأمن الإيرانية 5 مسلحين خلال اشتباكات بمدينة كرمانشاه": a clash noun after "خلال" / "في" with a verb of
/// killing before it — the clash's sides are the killer and the killed, and the figure after the verb's subject is its
/// toll. A passive with its dead right after the verb ("قتل 19 من قوات النظام وفصائل المعارضة في اشتباكات") names two
/// sides that both lost men, and a clash that names its other side keeps it.
/// </summary>
public class KilledInTheFightTests
{
    [GazetteerFact]
    public void The_killer_and_the_killed_are_the_clashs_sides()
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتلت قوات الأمن الإيرانية 5 مسلحين خلال اشتباكات بمدينة كرمانشاه غربي البلاد.", "2018-10-13").Events);
        Assert.Equal("Police Forces of Iran", clash.Actor1?.PlainName);
        Assert.Equal(3, clash.Actor2?.Inter);
        Assert.Equal(5, clash.Fatalities);
    }

    [GazetteerFact]
    public void A_subject_before_its_verb_is_the_killer()
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر إن الحوثيين قتلوا العشرات من الجنود السودانيين في معارك في مديرية ميدي.", "2018-04-07").Events);
        Assert.Equal("Houthi Movement", clash.Actor1?.PlainName);
    }
}
