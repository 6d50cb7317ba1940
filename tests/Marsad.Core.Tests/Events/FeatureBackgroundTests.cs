namespace Marsad.Core.Tests.Events;

/// <summary>
/// A long article that dates none of its acts to a day and names no recent day in its lead — a feature, an analysis —
/// tells its news in its lead; an act it recalls further on with no date of its own is background, not news of the
/// week it was published. A short brief, an act in the lead, or a lead dated to a day keep such acts.
/// </summary>
public class FeatureBackgroundTests
{
    private const string Strike = "وفي تلك المرحلة شنت مقاتلات التحالف غارات جوية على مواقع الحوثيين في مدينة صعدة.";

    // Analysis that tells no act: what makes the article long.
    private static string Analysis(int sentences) => string.Join(" ", Enumerable.Range(0, sentences).Select(_ =>
        "ويرى محللون أن المشهد السياسي في المنطقة يمر بمرحلة دقيقة تتطلب قدرا كبيرا من الحكمة والتوازن في إدارة العلاقات بين الدول."));

    private static bool StrikeFound(string text) =>
        TestPipeline.ExtractWithRealGazetteer(text, "2018-05-10").Events.Any(e => e.SubEventType == "Air/drone strike");

    [Fact]
    public void An_undated_strike_recalled_deep_in_a_long_analysis_is_background()
    {
        string text = "اليمن بين الحرب والسلام\nتتواصل النقاشات حول مستقبل العملية السياسية في اليمن. " + Analysis(14) + " " + Strike + " " + Analysis(12);
        Assert.True(text.Length >= 3000);
        Assert.False(StrikeFound(text));
    }

    [Fact]
    public void The_same_strike_told_in_the_lead_is_news()
    {
        string text = "اليمن بين الحرب والسلام\n" + Strike + " " + Analysis(26);
        Assert.True(StrikeFound(text));
    }

    [Fact]
    public void A_lead_dated_to_a_recent_day_makes_the_article_a_report()
    {
        string text = "اليمن بين الحرب والسلام\nعقد مجلس الأمن أمس الأربعاء جلسة لبحث الأوضاع في اليمن. " + Analysis(14) + " " + Strike + " " + Analysis(12);
        Assert.True(StrikeFound(text));
    }

    [Fact]
    public void A_day_to_come_in_the_lead_does_not_make_the_article_a_report()
    {
        // (an anniversary's day, "تحل السبت المقبل الذكرى …", is no day of news)
        string text = "اليمن بين الحرب والسلام\nتحل السبت المقبل الذكرى الرابعة لبدء الحرب في اليمن. " + Analysis(14) + " " + Strike + " " + Analysis(12);
        Assert.False(StrikeFound(text));
    }

    [Fact]
    public void A_short_brief_keeps_its_undated_strike()
    {
        string text = "اليمن بين الحرب والسلام\nتتواصل النقاشات حول مستقبل العملية السياسية في اليمن. " + Analysis(3) + " " + Strike;
        Assert.True(text.Length < 3000);
        Assert.True(StrikeFound(text));
    }
}
