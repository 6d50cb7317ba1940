namespace Marsad.Core.Tests.Events;

/// <summary>
/// An act a sentence compares with ("كما حدث حين استهداف مجمعات الرياض"), or says happened before ("سبق أن استهدفوا المصلين
/// خلال صلاة الجمعة") is background — the Friday of the Friday prayer is no date of this week that would make it news.
/// </summary>
public class PastActsComparedTests
{
    [Fact]
    public void An_act_told_as_a_comparison_is_background() =>
        Assert.Empty(TestPipeline.Extract(
            "وتغيرت طرق التنفيذ، فبدأت بسيارات مفخخة يقودها انتحاري تستهدف مجمعات سكنية، كما حدث حين استهداف مجمعات الحمراء السكنية في مدينة الرياض.",
            "2015-08-07").Events);

    [Fact]
    public void The_friday_prayer_does_not_date_an_earlier_attack() =>
        Assert.Empty(TestPipeline.Extract(
            "يذكر أن مسلحين سبق أن استهدفوا المصلين خلال صلاة الجمعة في مدينة الرياض، ما أسفر عن مقتل 4 من المصلين، وقد أعلن تنظيم داعش مسؤوليته عن الهجوم.",
            "2015-08-07").Events);

    [Fact]
    public void A_new_attack_on_friday_worshippers_is_still_told()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "أطلق مسلحون النار على المصلين خلال صلاة الجمعة في مدينة الرياض، ما أسفر عن مقتل 4 منهم.", "2015-08-07").Events);
        Assert.Equal(4, e.Fatalities);
    }
}
