using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قال الجيش الأمريكي اليوم الأحد إن … نفذت 20 غارة جوية … أمس السبت": the day right after a reporting verb and its
/// source is the report's; the lead's news is of the day it gives the act, and so are the details the article goes on
/// to tell with no day of their own.
/// </summary>
public class DayOfTheReportInTheLeadTests
{
    [GazetteerFact]
    public void Undated_details_take_the_day_of_the_news_not_of_the_report()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قال الجيش الأمريكي اليوم الأحد إن الولايات المتحدة ودول التحالف نفذت 20 غارة جوية ضد أهداف لتنظيم داعش في العراق أمس السبت "
            + "حيث تركزت الضربات على أهداف قرب الرمادي. وقال بيان لقوة المهام المشتركة إن أربع غارات قرب طوز خورماتو قصفت مواقع لتنظيم داعش.", "2015-07-26").Events;
        var tuz = Assert.Single(events, e => e.Location?.Place?.Name == "Ţūz Khūrmātū");
        Assert.Equal(new DateOnly(2015, 7, 25), tuz.Date.Date);
    }

    [GazetteerFact]
    public void A_lead_of_today_alone_keeps_the_day_of_publication()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قال الجيش الأمريكي اليوم الأحد إن طائرات التحالف نفذت غارات جوية ضد أهداف لتنظيم داعش قرب الرمادي. "
            + "وقال بيان لقوة المهام المشتركة إن أربع غارات قرب طوز خورماتو قصفت مواقع لتنظيم داعش.", "2015-07-26").Events;
        Assert.All(events, e => Assert.Equal(new DateOnly(2015, 7, 26), e.Date.Date));
    }
}
