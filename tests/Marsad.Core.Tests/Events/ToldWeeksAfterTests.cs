using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "يأتي ذلك بعد أسابيع من مقتل أكثر من 40 طفلا في غارة جوية": an act named inside "weeks (months, years) after" lies
/// that far back, told as the reason for today's news — no event on the report's day. A day of its own in between
/// ("بلغت ذروتها الاثنين مع مقتل 60 فلسطينيا") starts a telling of its own.
/// </summary>
public class ToldWeeksAfterTests
{
    [GazetteerFact]
    public void A_strike_weeks_before_is_no_event_of_the_day() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "يأتي ذلك بعد أسابيع من مقتل أكثر من 40 طفلا في غارة جوية استهدفت حافلتهم شمالي محافظة صعدة.", "2018-08-25").Events);

    [GazetteerFact]
    public void A_chemical_attack_reported_weeks_ago_is_no_event_of_the_day() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتأتي تلك الخطوة بعد أسابيع فقط على تقارير أفادت بحدوث هجوم بأسلحة كيمياوية يعتقد على نطاق واسع أن السلطات السورية استخدمت فيه غازات كيمياوية ضد المدنيين في دوما.",
            "2018-05-28").Events);

    [GazetteerFact]
    public void A_day_of_its_own_tells_a_new_act()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتأتي الغارة بعد أسابيع من التظاهرات الحاشدة والمواجهات الدامية على الحدود بين قطاع غزة وإسرائيل بلغت ذروتها الاثنين مع مقتل 60 فلسطينيا بنيران الجيش الإسرائيلي بالتزامن مع افتتاح السفارة الأمريكية في القدس.",
            "2018-05-17").Events);
        Assert.Equal(new DateOnly(2018, 5, 14), e.Date.Date);
    }
}
