using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حرر قاعدة العند من الحوثيين وقوات المخلوع": the side ground is taken "from" (or "from the hands of") lost it, and
/// so did its ally joined to it by و — neither is the taker. With no taker named, the taker is the loser's foe in the
/// article.
/// </summary>
public class GroundTakenFromASideTests
{
    private const string Clash = "اشتبكت المقاومة الشعبية مع الحوثيين في محافظة لحج أمس. ";

    [GazetteerFact]
    public void An_ally_joined_to_the_loser_is_no_taker()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "حررت قوات الجيش اليمني مدينة الحوطة من الحوثيين وقوات المخلوع صالح أمس.", "2015-08-04").Events;
        var taken = Assert.Single(events, e => e.SubEventType == "Government regains territory");
        Assert.StartsWith("Military Forces of Yemen", taken.Actor1?.Name);
        Assert.Equal("Houthi Movement", taken.Actor2?.Name);
    }

    [GazetteerFact]
    public void With_no_taker_named_the_losers_foe_in_the_article_took_it()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            Clash + "(السهم الذهبي) حرر مدينة الحوطة من الحوثيين وقوات المخلوع.", "2015-08-04").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Non-state actor overtakes territory");
        var taken = Assert.Single(events, e => e.SubEventType == "Government regains territory");
        Assert.Equal("Popular Resistance (Yemen)", taken.Actor1?.Name);
        Assert.Equal("Houthi Movement", taken.Actor2?.Name);
    }

    [GazetteerFact]
    public void The_hands_it_was_taken_from_are_the_losers()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            Clash + "وقال قائد معركة تحرير مدينة الحوطة إن استردادها من أيادي المتمردين الحوثيين تم أمس.", "2015-08-04").Events;
        Assert.DoesNotContain(events, e => e.Actor1?.Name == "Houthi Movement" && e.EventType == "Battles" && e.SubEventType != "Armed clash");
    }

    [GazetteerFact]
    public void A_count_of_the_sides_men_is_no_ground_taken_from_it()
    {
        // ("وجرح 24 من المقاومة": a share of a count, not the side the base was taken from)
        var events = TestPipeline.ExtractWithRealGazetteer(
            Clash + "وقتل 21 مقاتلا وجرح 24 من المقاومة قبيل سقوط القاعدة مباشرة.", "2015-08-04").Events;
        Assert.DoesNotContain(events, e => e.SubEventType is "Government regains territory" or "Non-state actor overtakes territory");
    }
}
