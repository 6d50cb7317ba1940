using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سيطرت القوات الحكومية على مدينة شقرة … التي كانت في أيدي المتمردين الحوثيين": the hands a place was in held it
/// before — the loser, not the taker (who fell into someone's hands, "سقطت في أيدي", is still the taker's). And the
/// forces loyal to Hadi's government, however the press titles him, are Yemen's military.
/// </summary>
public class HeldBeforeTakenTests
{
    private static List<Marsad.Core.Events.ExtractedEvent> Events(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2015-08-10").Events.ToList();

    [GazetteerFact]
    public void The_hands_a_place_was_in_are_the_losers()
    {
        var e = Assert.Single(Events("سيطرت القوات الحكومية على مدينة شقرة في محافظة أبين التي كانت في أيدي المتمردين الحوثيين، حسبما أفادت مصادر عسكرية أمس."));
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Forces_loyal_to_the_government_of_president_Hadi_are_yemens_military()
    {
        var e = Assert.Single(Events("سيطرت القوات الموالية لحكومة الرئيس عبدربه منصور هادي على مدينة شقرة في محافظة أبين أمس."));
        Assert.Equal("Military Forces of Yemen (2012-)", e.Actor1?.Name);
    }
}
