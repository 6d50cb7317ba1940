using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قالت الحكومة التركية إنها لم تقصف أي مناطق يسكنها مدنيون …، مضيفة أنها قصفت مركزا لوجيستيا لحزب العمال": "أنها"
/// right before the verb is the speaker — the verb's subject — not a side named between them; "أنه قتل" with a passive
/// reading (the pronoun of the matter) and a speaker that is no armed side stay as they were.
/// </summary>
public class SpeakersPronounBeforeTheVerbTests
{
    [GazetteerFact]
    public void The_speaker_whose_pronoun_opens_the_clause_struck()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قالت الحكومة التركية، أمس، إنها لم تقصف أي مناطق يسكنها مدنيون في شمال العراق، مضيفة أنها قصفت مركزا لوجيستيا لحزب العمال الكردستاني.",
            "2015-08-03").Events);
        Assert.StartsWith("Military Forces of Turkey", strike.Actor1?.Name);
        Assert.Equal("Kurdistan Workers' Party", strike.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_faction_that_says_it_killed_soldiers_fought_them()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "شنت القوات الحكومية السورية هجوما واسعا على منطقة الغوطة الشرقية. وأعلن فصيل جيش الإسلام المعارض أنه قتل 25 جنديا حكوميا على محور حوش الضواهرة.",
            "2018-02-25");
        Assert.Contains(doc.Events, e => e.Actor1?.Name == "Jaysh al-Islam" && e.Actor2?.Name?.StartsWith("Military Forces of Syria") == true);
    }

    [GazetteerFact]
    public void A_monitor_that_says_people_were_killed_is_no_agent()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وذكر المرصد السوري لحقوق الإنسان أنه قتل خمسة مدنيين في قصف لقوات النظام على مدينة دوما.", "2018-02-25");
        Assert.All(doc.Events, e => Assert.DoesNotContain("Observatory", e.Actor1?.Name ?? ""));
    }
}
