namespace Marsad.Core.Tests.Events;

/// <summary>
/// "عملية مداهمات واسعة في اسطنبول … بدعم من المروحيات ضد ناشطين مفترضين من تنظيم الدولة": a raid campaign is an arrest
/// campaign; helicopters named only as its support fly no strike; those it is against are no source of a claim.
/// </summary>
public class RaidCampaignTests
{
    private const string Raid = "كما اطلقت السلطات التركية صباح الجمعة عملية مداهمات واسعة في اسطنبول شارك فيها خمسة الاف شرطي بدعم من المروحيات ضد ناشطين مفترضين من تنظيم الدولة الاسلامية.";

    [Fact]
    public void A_raid_campaign_is_arrests_and_no_air_strike()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(Raid, "2015-07-24");
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Air/drone strike");
    }

    [Fact]
    public void Those_it_is_against_are_no_source() =>
        Assert.False(TestPipeline.Extract(Raid, "2015-07-24").Claims.ContainsKey(0));

    [Fact]
    public void Helicopters_that_struck_still_strike()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقصفت المروحيات التركية مواقع حزب العمال الكردستاني في شمال العراق الجمعة.", "2015-07-24");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike");
    }

    [Fact]
    public void Some_of_a_number_of_activists_are_no_source() =>
        Assert.False(TestPipeline.Extract("ففي الرقة اشتبكت الشرطة مع متظاهرين كانوا يشيعون سيدة قتلت خلال عمليات مداهمات قامت بها الشرطة الجمعة لمئات من الناشطين الاكراد.", "2015-07-27").Claims.ContainsKey(0));
}
