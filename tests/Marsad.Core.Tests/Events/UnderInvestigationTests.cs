using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في التحقيق بشأن محاولة اغتيال الحمد الله": an act under investigation is a case spoken of, told as news before; with
/// a day of its own after it, it is told as news again.
/// </summary>
public class UnderInvestigationTests
{
    [GazetteerFact]
    public void An_act_under_investigation_is_no_report_of_it()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أغلقت حماس شركة اتصالات في غزة امتنعت عن التعاون في التحقيق بشأن محاولة اغتيال رئيس الوزراء.", "2018-03-17").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Attack");
    }

    [GazetteerFact]
    public void With_a_day_of_its_own_it_is_told_again()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وطالبت الوزارة بالتحقيق في اغتيال الناشط الذي قتل برصاص مسلحين مجهولين في مدينة غزة الثلاثاء.", "2018-03-15").Events;
        Assert.Contains(events, e => e.EventType == "Violence against civilians");
    }
}
