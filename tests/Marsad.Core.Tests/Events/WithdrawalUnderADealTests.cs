namespace Marsad.Core.Tests.Events;

/// <summary>
/// An armed group that withdraws under a deal hands its ground over: a non-violent transfer of territory, the group
/// actor 2 and the side the article shows it facing actor 1 — even beside the deal's own (strong) trigger.
/// </summary>
public class WithdrawalUnderADealTests
{
    [Fact]
    public void A_withdrawal_under_a_surrender_deal_is_a_non_violent_transfer()
    {
        var doc = TestPipeline.Extract(
            "وقصفت قوات النظام مواقع المعارضة في حلب الأسبوع الماضي.\n" +
            "وبدأ مقاتلو المعارضة، الأحد، الانسحاب من جيب كانوا يسيطرون عليه شمال شرقي حلب، بموجب اتفاق استسلام مع الحكومة.", "2018-04-22");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Non-violent transfer of territory");
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor2?.Name);
    }

    [Fact]
    public void According_to_a_deal_is_under_a_deal()
    {
        var doc = TestPipeline.Extract(
            "وقصفت قوات النظام مواقع المعارضة في حماة الأسبوع الماضي.\n" +
            "وانسحب مقاتلو المعارضة، الأحد، من مواقعهم في ريف حماة وفقا لاتفاق مع الحكومة.", "2018-04-22");
        Assert.Contains(doc.Events, e => e.SubEventType == "Non-violent transfer of territory");
    }

    [Fact]
    public void Fighters_who_leave_under_a_deal_hand_their_ground_over()
    {
        var doc = TestPipeline.Extract(
            "وقصفت قوات النظام مواقع المعارضة في حلب الأسبوع الماضي.\n" +
            "غادرت حافلات تقل مسلحي المعارضة السورية بلدات كانت تسيطر عليها في ريف حلب، الأحد، وفقا لاتفاق مع الحكومة.", "2018-03-25");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Non-violent transfer of territory");
        Assert.Equal("Opposition Rebels (Syria)", e.Actor2?.Name);
    }

    [Fact]
    public void Fighters_leaving_with_their_families_leave_under_a_deal()
    {
        // (the besieged towns' evacuations: "وغادرت آخر مجموعة من مقاتلي المعارضة وعائلاتهم" names no deal, but is one)
        var doc = TestPipeline.Extract(
            "وقصفت قوات النظام مواقع المعارضة في حماة الأسبوع الماضي.\n" +
            "وغادرت آخر مجموعة من مقاتلي المعارضة وعائلاتهم مدينة حماة أمس.", "2018-04-22");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Non-violent transfer of territory");
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor2?.Name);
    }

    [Fact]
    public void Leaving_with_no_deal_and_no_families_is_travel() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وقصفت قوات النظام مواقع المعارضة في حماة الأسبوع الماضي.\n" +
            "وغادر مقاتلو المعارضة مدينة حماة أمس.", "2018-04-22").Events, e => e.SubEventType == "Non-violent transfer of territory");
}
