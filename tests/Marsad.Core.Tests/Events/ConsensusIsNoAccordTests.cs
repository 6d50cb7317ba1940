using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بحاجة إلى الحوار والتوافق": consensus is a stance, not an accord reached; approval ("موافقة تركيا على السماح
/// للجيش الأمريكي", "موافقتها على بدء المفاوضات") is an accord only when what is approved is a truce, a departure or a
/// deal ("موافقة حماس على وقف إطلاق النار", RealGazetteerEventTests).
/// </summary>
public class ConsensusIsNoAccordTests
{
    [GazetteerFact]
    public void Consensus_a_region_needs_is_no_agreement() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "من جانبه، قال القيادي في الحزب الديمقراطي الكردستاني، وأحد قادة البيشمركة الميدانيين في محور مخمور والكوير، علي حسين، "
            + "إن «قوات البيشمركة في جبهات القتال غير خاضعة لتأثيرات الأطراف السياسية في الإقليم، فالمرحلة الحالية في الإقليم بحاجة إلى الحوار والتوافق والتفاهم حول كل القضايا».",
            "2015-08-09").Events, e => e.SubEventType == "Agreement");

    [GazetteerTheory]
    [InlineData("وهذا التناغم حدث بعد موافقة تركيا على السماح للجيش الأمريكي بشن ضربات جوية ضد تنظيم داعش من قاعدة إنجرليك الجوية الأمريكية في تركيا.")]
    [InlineData("وأكدت الحكومة السورية أمس موافقتها على بدء المفاوضات مع جماعة جيش الإسلام في دوما.")]
    public void Approval_of_no_truce_or_deal_is_no_agreement(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-02").Events, e => e.SubEventType == "Agreement");

    [Fact]
    public void An_agreement_reached_still_is_one()
    {
        var doc = TestPipeline.Extract("أعلنت حركة حماس مساء الجمعة التوصل إلى اتفاق لإعادة التهدئة مع إسرائيل في قطاع غزة.", "2018-07-21");
        Assert.Contains(doc.Events, e => e.SubEventType == "Agreement");
    }
}
