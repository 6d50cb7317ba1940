using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تقارير تفيد بأن القتال", "أنباء تتحدث عن هروب المتمردين": the reporting verb after a word for reports is what the
/// reports do, not who reports — the source goes unnamed rather than named "تفيد".
/// </summary>
public class ReportsThatTellTests
{
    [GazetteerTheory]
    [InlineData("حصلت الأمم المتحدة على تقارير تفيد بأن القتال العنيف في الغوطة الشرقية، الجيب الخاضع لسيطرة المعارضة المسلحة في ريف دمشق، قد دفع أكثر من 50 ألف شخص للفرار من ثلاث مدن باتجاه دوما.")]
    [InlineData("أيمن حسن – سبق: انتشرت على مواقع الأخبار والتواصل اليمنية المختلفة أنباء تتحدث عن هروب المتمردين الحوثيين من أرض المعركة بأسلوب غير عادي، بل تحدثت المواقع عن قيادي حوثي حاول الهرب من المعارك في مدينة تعز متخفيًا بزي عروس.")]
    public void A_verb_of_the_reports_is_no_source(string text)
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-21").Events);
        Assert.Null(clash.Claim);
    }
}
