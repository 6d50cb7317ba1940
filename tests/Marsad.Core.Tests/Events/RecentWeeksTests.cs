using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "خلال الأشهر الأخيرة", "في الأسابيع الماضية": gains told over recent weeks or months sum up a campaign, no one act —
/// unless the span dates an aside (a relative or "بعد" clause) after the act the sentence tells.
/// </summary>
public class RecentWeeksTests
{
    [GazetteerFact]
    public void Ground_taken_over_recent_months_sums_up_a_campaign()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وتمكنت قوات الشرعية اليمنية من السيطرة على مواقع استراتيجية عديدة في محافظة البيضاء خلال الأشهر الأخيرة.", "2018-05-13");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Recent_weeks_of_a_clause_after_the_act_date_that_clause_only()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وفي تطور آخر، احتجزت الميليشيات الحوثية عشرات النازحين العائدين إلى مدينة الحديدة بعد مغادرتهم لها خلال الأسابيع الماضية.", "2018-07-14");
        Assert.Contains(doc.Events, e => e.Actor2?.Name.StartsWith("Civilians") == true);
    }

    [GazetteerFact]
    public void Recent_weeks_of_a_clause_that_tells_an_act_of_its_own_are_that_acts_past()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقصفت قوات النظام مواقع في درعا بعد سيطرتها على الغوطة الشرقية خلال الأسابيع الماضية.", "2018-06-14");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Government regains territory");
    }
}
