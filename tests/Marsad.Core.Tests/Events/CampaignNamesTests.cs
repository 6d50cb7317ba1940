using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// 'حركة احتجاجية أطلق عليها "مسيرة العودة"', 'ما يُعرف بـ"مسيرات العودة"', 'القضية المعروفة إعلاميا باسم "فض اعتصام
/// رابعة"': a trigger that is the name given to a campaign, a case or a group tells of no one day's act.
/// </summary>
public class CampaignNamesTests
{
    [GazetteerTheory]
    [InlineData("وبدأ الفلسطينيون في 30 آذار/مارس حركة احتجاجية أطلق عليها \"مسيرة العودة\" بالتزامن مع ذكرى \"يوم الأرض\"، للمطالبة برفع الحصار الذي تفرضه إسرائيل على قطاع غزة.")]
    [InlineData("وبدأت هجمات الإحراق على حدود قطاع غزة في إطار ما يُعرف بـ\"مسيرات العودة\" التي دعت إلى حق العودة.")]
    [InlineData("ومن المقرر أن تتواصل في غزة الاحتجاجات التي تحمل اسم \"مسيرة العودة الكبرى\".")]
    public void A_campaigns_name_is_no_event(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2018-04-10").Events, e => e.SubEventType == "Peaceful protest");

    [GazetteerFact]
    public void The_march_itself_is_an_event() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وشارك آلاف الفلسطينيين في مسيرة العودة الجمعة قرب السياج الحدودي شرق غزة.", "2018-04-10").Events,
            e => e.SubEventType == "Peaceful protest");
}
