using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "داهمت قوات الأمن منازل … واعتقلت 12 شخصا", "هاجم مسلحون قرية … وقتلوا 20 شخصا": a verb joined by و with no subject
/// of its own shares its clause's armed subject, and the people counted right after it are what it took or killed —
/// not who did it.
/// </summary>
public class CountedAfterACoordinatedVerbTests
{
    [GazetteerFact]
    public void People_counted_after_a_joined_verb_of_arrest_were_arrested_by_the_clause_subject()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("داهمت قوات الأمن منازل في حي الشيخ مقصود بحلب واعتقلت 12 شخصا.", "2015-08-06").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Syria", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void People_counted_after_a_joined_verb_of_killing_were_killed_by_the_gunmen()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("هاجم مسلحون قرية قرب مدينة مايدوغوري في نيجيريا وقتلوا 20 شخصا.", "2015-08-06").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal(20, e.Fatalities);
        Assert.Equal("Civilians (Nigeria)", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void Security_units_are_the_police() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وأضاف المتحدث أن الوحدات الأمنية طوقت مكان تحصن العناصر الإرهابية في مدينة سوسة التونسية واعتقلت 13 شخصاً.", "2015-07-24").Events,
            e => e.SubEventType == "Arrests" && e.Actor1!.Name.StartsWith("Police Forces of Tunisia"));
}
