using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Words written as place names: "قصره" (his palace) is the West Bank village Qusra once ة and ه are one letter, and
/// "تولوا" (they took charge) is Colombia's Tuluá — neither is a place without a cue noun.
/// </summary>
public class WordsWrittenAsPlacesTests
{
    [GazetteerFact]
    public void A_meeting_in_his_palace_is_not_in_Qusra() =>
        Assert.DoesNotContain("قصره", TestPipeline.ExtractWithRealGazetteer(
            "ويطالب محتجون بإقالة الملقي خلال سلسلة من الاحتجاجات على زيادات ضريبية. وذكرت المصادر أن الملك عبد الله استدعى الملقي إلى لقاء في قصره الاثنين.",
            "2018-06-04").Events.Select(e => e.Location?.Surface));

    [GazetteerFact]
    public void They_took_charge_is_not_Tulua() =>
        Assert.DoesNotContain("تولوا", TestPipeline.ExtractWithRealGazetteer(
            "وقال المتحدث الرسمي باسم مجلس القضاء الأعلى القاضي عبد الستار بيرقدار، إن \"القوات الأمنية ألقت القبض على 8 إرهابيين وهم من عائلة واحدة تولوا قيادة أعمال التنظيم في جنوب الموصل\".",
            "2018-08-01").Events.Select(e => e.Location?.Surface));
}
