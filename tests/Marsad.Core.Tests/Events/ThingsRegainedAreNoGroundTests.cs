using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سكان الموصل يستعيدون عاداتهم", "إسرائيل تستعيد ساعة الجاسوس إيلي كوهين": a habit, a watch or the state regained
/// right after the verb is no ground changing hands; a town regained still is.
/// </summary>
public class ThingsRegainedAreNoGroundTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-07-06");

    [GazetteerTheory]
    [InlineData("العراق: سكان الموصل يستعيدون عاداتهم في أول رمضان بعد هزيمة تنظيم الدولة الإسلامية")]
    [InlineData("إسرائيل تستعيد ساعة الجاسوس إيلي كوهين الذي أعدم في دمشق")]
    [InlineData("وأكد أن التحالف يعمل على دحر الحوثيين في الحديدة واستعادة الدولة.")]
    public void A_thing_regained_is_no_territory(string text) =>
        Assert.DoesNotContain(Extract(text).Events, e => e.SubEventType is "Government regains territory" or "Non-state actor overtakes territory");

    [GazetteerFact]
    public void A_town_regained_still_is() =>
        Assert.Contains(Extract("استعاد الجيش السوري بلدة حمورية في الغوطة الشرقية.").Events, e => e.SubEventType == "Government regains territory");
}
