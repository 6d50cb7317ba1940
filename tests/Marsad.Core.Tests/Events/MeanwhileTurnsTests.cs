namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في الغضون، أصيب 18 مجندا إثر انفجار عبوة ناسفة": a sentence that turns to another report ("في الغضون", "meanwhile")
/// does not go on the story of a past year the sentence before told.
/// </summary>
public class MeanwhileTurnsTests
{
    [Fact]
    public void A_blast_told_after_meanwhile_is_todays_news() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "مد حالة الطوارئ في شمال سيناء 3 أشهر\n"
                + "من ناحية ثانية، شهد الرئيس عبدالفتاح السيسى أمس مراسم الاحتفال بتخريج الدفعة 151 من معهد ضباط الصف المعلمين دفعة الشهيد رقيب أول محمود محمد جاد يونس، الذي نال الشهادة يوم 21 أكتوبر عام 1973، وحضر الاحتفال عدد من المسؤولين.\n"
                + "في الغضون، أصيب 18 مجندا بإصابات طفيفة إثر انفجار عبوة ناسفة بحافلة جنود شرطة بمدينة العريش.", "2015-07-27").Events,
            e => e.SubEventType == "Remote explosive/landmine/IED");
}
