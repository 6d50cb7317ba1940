using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وضاعف تنظيم داعش من هجماته ضد قوات النظام منذ طرده من أحياء في جنوب دمشق الشهر الماضي": "since" and a verbal noun
/// with its pronoun open the account of an earlier act, whose day and place are its own — the attacks stepped up are of
/// the report's day. A disappearance lasts since the day it began, and keeps it ("اختفى منذ دخوله … 2 أكتوبر").
/// </summary>
public class SinceAnEarlierActTests
{
    [GazetteerFact]
    public void Attacks_stepped_up_since_an_expulsion_are_of_the_report_day()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وضاعف تنظيم داعش من هجماته ضد قوات النظام منذ طرده من أحياء في جنوب دمشق الشهر الماضي بموجب اتفاق إجلاء جرى خلاله نقل مقاتليه إلى مناطق محدودة تحت سيطرتهم في البادية السورية.",
            "2018-06-08").Events);
        Assert.Equal(new DateOnly(2018, 6, 8), e.Date.Date);
    }

    [GazetteerFact]
    public void A_disappearance_keeps_the_day_it_began()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "رفض الرئيس الأمريكي، دونالد ترامب، الأربعاء، أن يقول ما إذا كان مكتب التحقيقات الفيدرالي مشاركا في التحقيق الخاص بالصحفي السعودي جمال خاشقجي، الذي اختفى منذ دخوله إلى قنصلية بلاده في إسطنبول 2 أكتوبر/ تشرين الأول الجاري.",
            "2018-10-17").Events, x => x.SubEventType == "Abduction/forced disappearance");
        Assert.Equal(new DateOnly(2018, 10, 2), e.Date.Date);
        Assert.Equal("TR", e.Location?.Place?.CountryCode);
    }

    // ("منذ قيام …": what a side undertook, since which the visit is the first, and the retaking joined to it after a list
    // of places, are both the past the sentence counts from)
    [GazetteerFact]
    public void What_was_undertaken_since_and_the_act_joined_to_it_are_the_past()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتعد هذه الزيارة الأولى لمسؤول حكومي منذ قيام الميليشيات الحوثية بالسيطرة على مدينة زنجبار وبلدات جعار والكود وشقرة واستعادتها من قبل قوات المقاومة الشعبية.",
            "2015-08-20").Events);
    }

    // (a force named by its arm alone, "القوات الجوية", with its owner right after it, is the owner's)
    [GazetteerFact]
    public void An_air_force_of_the_coalition_is_the_coalition()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتزامن ذلك مع الضربات الجوية الناجحة التي وجهتها القوات الجوية للتحالف العربي واستهدفت كبار المسؤولين والقيادات الحوثية في لحج.", "2018-05-11").Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
    }
}
