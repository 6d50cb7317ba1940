using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل تسعة مسلحين من الميليشيا الموالية لقوات النظام السوري مساء الثلاثاء جراء القصف الصاروخي": the dead a passive
/// verb of killing counts, past the side they were men of (with whom it is loyal to) and the part of the day, are the
/// side the act that follows hit — not its agent; so are a side's men counted after "مقتل" ("مقتل ثمانية عناصر من حزب
/// الله … في ضربة جوية").
/// </summary>
public class DeadOfASideTests
{
    [GazetteerFact]
    public void Gunmen_of_a_militia_killed_in_a_missile_strike_were_hit()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قتل تسعة مسلحين من الميليشيا الموالية لقوات النظام السوري مساء الثلاثاء جراء القصف الصاروخي الذي استهدف منطقة الكسوة في ريف دمشق، وفق ما أفاد المرصد السوري لحقوق الإنسان. وأكد المرصد أن قصفاً صاروخياً طال \"مستودع أسلحة تابعاً لمقاتلين من الحرس الثوري الإيراني ما أسفر عن مقتل تسعة مقاتلين موالين للنظام\"، مشيراً إلى أنه \"لم يعرف بعد اذا كان بينهم ايرانيون\". وكان الجيش الإسرائيلي قد أعلن حالة التأهب في الجولان.",
            "2018-05-08").Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1?.Name == "Unidentified Armed Group (Syria)");
    }

    [GazetteerFact]
    public void Men_of_a_side_counted_dead_did_not_strike()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وكان التحالف العسكري العربي بقيادة السعودية في اليمن قد أعلن الاثنين مقتل ثمانية عناصر من حزب الله بينهم قائد ميداني في ضربة جوية استهدفت الحوثيين شمال العاصمة صنعاء.",
            "2018-06-29").Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
    }
}
