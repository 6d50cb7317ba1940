using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Acts told as figures of speech: a role regained ("إسترجاع العرب لدورهم"), a country's sovereignty "abducted"
/// ("اختطاف سيادة وعروبة لبنان"), and the side fighting casts its shadow on ("يلقي بظلاله على الأردن") — no ground
/// taken, no one abducted, and no party to the fight; nor is a plot defeated ("ودحر المخطط الانقلابي") ground taken.
/// </summary>
public class FiguresOfSpeechTests
{
    [GazetteerFact]
    public void A_role_regained_with_its_holders_pronoun_is_no_ground() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتابع \"مواقف الإمارات الوسطية والمعتدلة دور نفخر به، من الرياض العزيزة تبدأ إرهاصات إسترجاع العرب لدورهم\".", "2018-04-12").Events);

    [GazetteerFact]
    public void Sovereignty_abducted_is_no_abduction() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقال السفير السعودي في الولايات المتحدة، في حسابه على موقع \"تويتر\"، الأربعاء: \"بعد ١٣ عاما من اغتيال الرمز العربي الكبير الرئيس الشهيد رفيق الحريري رحمه الله وباسل فليحان ورفاقهم، جددت المحكمة الدولية الخاصة بلبنان اتهامها لأربع أعضاء من ما يسمى بحزب الله، ولا يزال قاتليه أحراراً مستمرين في اختطاف سيادة وعروبة لبنان، ورهنه في أيدي نظام طهران\".",
            "2018-09-12").Events.Where(e => e.SubEventType == "Abduction/forced disappearance"));

    [GazetteerFact]
    public void The_country_a_fight_casts_its_shadow_on_is_no_side_of_it() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("تصاعد القتال في الجنوب السوري يلقي بظلاله على الأردن", "2018-06-26").Events,
            e => e.Actor1?.Name.Contains("Jordan", StringComparison.Ordinal) == true || e.Actor2?.Name.Contains("Jordan", StringComparison.Ordinal) == true);

    [GazetteerFact]
    public void A_plot_defeated_is_no_ground() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وتشهد صفوف ميليشيات الحوثي تراجعا ميدانيا بالتزامن مع وصول القوات المشتركة إلى مشارف الحديدة، تمهيدا لتطهيرها من مسلحي الحوثي ودحر المخطط الانقلابي في اليمن.",
            "2018-05-29").Events, e => e.SubEventType == "Government regains territory");
}
