using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إن محافظة عدن باتت خالية تماما من المسلحين الحوثيين": the fighters a place is clear of were driven out — never its
/// taker. And a bare "المقاومة" after "المقاومة الوطنية الجنوبية" in 2015 is not the National Resistance formed in 2018.
/// </summary>
public class ClearedOfAndNotYetFormedTests
{
    [GazetteerFact]
    public void The_fighters_a_place_is_clear_of_are_no_taker() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وقال المستشار العسكري إن محافظة عدن باتت خالية تماما من المسلحين الحوثيين والقوات الموالية لصالح.", "2015-07-23").Events,
            e => e.Actor1?.PlainName == "Houthi Movement");

    [GazetteerFact]
    public void A_force_declaring_a_place_clear_took_it_from_them()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وأعلن الجيش اليمني محافظة عدن خالية تماما من المسلحين الحوثيين.", "2015-07-23").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void A_force_formed_after_the_articles_year_is_no_antecedent()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "ووصلت تعزيزات إلى ميناء البريقة لدعم الجيش الوطني والمقاومة الوطنية الجنوبية في عدن. وأعلنت المقاومة أنها تمكنت من تحرير منطقة النخيلة بالمسيمير في لحج.",
            "2015-07-23").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1?.PlainName == "National Resistance Forces");
    }
}
