namespace Marsad.Core.Tests.Events;

/// <summary>
/// A sentence of a match report — players, teams, matches, scores — tells no fight and takes no ground ("وقدم اللاعبون
/// أجمل مبارياتهم دفاعاً وهجوماً ووسعوا الفارق مع سيطرة كاملة"); a war's targets and positions are no match words.
/// </summary>
public class MatchReportTests
{
    [Fact]
    public void A_match_report_takes_no_ground()
    {
        const string title = "«أخضر السلة» يعبر العراق إلى «مربع العرب»";
        var text = title + "\n\nتخطى المنتخب السعودي نظيره العراقي بنتيجة 77-73، في لقاء المنتخبين في الدور التمهيدي من منافسات البطولة العربية ال21 بشرم الشيخ، " +
                   "واتضح إصرار لاعبي المنتخب على الكسب، وقدم اللاعبون أجمل مبارياتهم دفاعاً وهجوماً ووسعوا الفارق إلى عشر نقاط ٣٠-٢٠ مع سيطرة كاملة.";
        var doc = TestPipeline.ExtractWithRealGazetteer(new Document(text, "match", new DateOnly(2015, 7, 27), title: title));
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void Targets_and_positions_are_still_war() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت القوات التركية سيطرتها الكاملة على مدينة عفرين بعد قصف عشرات الأهداف والنقاط التابعة لوحدات حماية الشعب.", "2018-03-18").Events);
}
