using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استعادت قوات النظام السوري منطقة القلمون الشرقي بعد انتهاء عملية إجلاء مقاتلين ومدنيين" then "ويأتي الاعلان عن
/// استعادة السيطرة على القلمون الشرقي": one handover told twice — a non-violent transfer from the rebels, not a second
/// event regaining the ground, and not from the civilians evacuated with them.
/// </summary>
public class TransferToldAsTakenTests
{
    private const string Article =
        "وقصفت قوات النظام مواقع المعارضة في ريف دمشق الأسبوع الماضي.\n" +
        "استعادت قوات النظام السوري منطقة القلمون الشرقي قرب دمشق، بعد انتهاء عملية إجلاء مقاتلين ومدنيين، حسب ما أعلن الإعلام الحكومي الأربعاء.\n" +
        "ويأتي الاعلان عن استعادة السيطرة على القلمون الشرقي، في وقت تشن قوات النظام السوري منذ بضعة أيام حملة قصف عنيفة على مخيم اليرموك " +
        "للاجئين الفلسطينيين الواقع في جنوب دمشق وعلى الأحياء القريبة التي يسيطر عليها تنظيم داعش.";

    [GazetteerFact]
    public void The_ground_regained_after_an_evacuation_is_one_transfer()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(Article, "2018-04-25").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Government regains territory");
        var transfer = Assert.Single(events, e => e.SubEventType == "Non-violent transfer of territory");
        Assert.Equal("Opposition Rebels (Syria)", transfer.Actor2?.Name);
        Assert.Equal(2, transfer.EvidenceSentences.Count);
    }

    [GazetteerFact]
    public void A_town_that_says_where_the_camp_lies_is_no_second_scene()
    {
        // "مخيم اليرموك … الواقع في جنوب دمشق": Damascus places the camp
        var shelling = TestPipeline.ExtractWithRealGazetteer(Article, "2018-04-25").Events.Where(e => e.SubEventType == "Shelling/artillery/missile attack" && e.Date.Date == new DateOnly(2018, 4, 25));
        Assert.Equal("Yarmouk Camp", Assert.Single(shelling).Location?.Place?.Name);
    }
}
