using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What a clause of "أن" after a word of fear tells ("تخوفها من أن تنشأ … منطقة يسيطر عليها …") has not happened —
/// to the clause's end, however many words stand between.
/// </summary>
public class FearedClauseTests
{
    [GazetteerFact]
    public void A_zone_feared_to_arise_is_no_takeover()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وأبدت أنقرة غير مرة تخوفها من أن تنشأ في شمال سوريا منطقة مستقلة يسيطر عليها مقاتلون أكراد مقربون من حزب العمال الكردستاني.",
            "2015-08-06");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void An_attack_an_inquiry_is_planned_into_happened()
    {
        // (the act after a preposition is what the planned deed is about)
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وصلت بعثة المنظمة إلى دمشق ومن المقرر أن تبدأ عملها اليوم للتحقيق في هجوم كيميائي على مدينة دوما أسفر عن مقتل 40 شخصا.",
            "2018-04-14");
        Assert.Single(doc.Events, e => e.SubEventType == "Chemical weapon");
    }
}
