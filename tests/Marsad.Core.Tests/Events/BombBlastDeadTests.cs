using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل شخصان على الأقل وأصيب 20 آخرون في انفجار قنبلة في سوق بمدينة الخالص": the people counted dead before a bomb's
/// blast are whom it hit, and the blast is one whoever set it — an unidentified armed group of the country. Bombs that
/// aircraft dropped are no such blast.
/// </summary>
public class BombBlastDeadTests
{
    [GazetteerFact]
    public void The_dead_of_a_bomb_blast_were_hit_by_an_unidentified_group()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل شخصان على الأقل وأصيب 20 آخرون في انفجار قنبلة في سوق بمدينة الخالص بمحافظة ديالى العراقية.", "2018-06-09").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Iraq)", e.Actor1?.Name);
        Assert.Equal("Civilians (Iraq)", e.Actor2?.Name);
        Assert.Equal(2, e.Fatalities);
    }

    // ("أن تفجيرا قرب سوق شعبية أدى إلى مقتل 3 أشخاص": a bombing that caused the deaths told after it, its subject)
    [GazetteerTheory]
    [InlineData("وبين المصدر أن تفجيرا قرب سوق شعبية في بغداد أدى إلى مقتل 3 أشخاص.")]
    [InlineData("أسفر تفجير قرب سوق شعبية في بغداد عن مقتل 3 أشخاص.")]
    public void A_bombing_that_caused_the_deaths_hit_them(string text)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-21").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Iraq)", e.Actor1?.Name);
        Assert.Equal("Civilians (Iraq)", e.Actor2?.Name);
        Assert.Equal(3, e.Fatalities);
    }

    // ("انفجار عبوتين ناسفتين": two bombs, in the dual)
    [GazetteerFact]
    public void Two_bombs_in_the_dual_are_a_blast()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 10 مدنيين جراء انفجار عبوتين ناسفتين في قضاء المقدادية.", "2015-07-21").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Civilians (Iraq)", e.Actor2?.Name);
        Assert.Equal(10, e.Fatalities);
    }

    [GazetteerFact]
    public void Bombs_dropped_by_aircraft_are_no_roadside_blast()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قال نشطاء إن عشرات الأشخاص لقوا حتفهم عندما ألقت طائرات حكومية قنابل تحمل موادا كيميائية سامة في دوما، يوم السبت الماضي.", "2018-04-13");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
