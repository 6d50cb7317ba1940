using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Acts told over a counted span ("على مدار أكثر من عشر سنوات", "خلال أكثر من ثلاثة أسابيع") sum up a campaign, unless
/// the sentence dates its act to a day ("تمكنت قوات النظام الخميس من السيطرة للمرة الأولى منذ أكثر من ثلاثة أعوام").
/// </summary>
public class SpanCountedOverTests
{
    [GazetteerFact]
    public void Attacks_over_more_than_ten_years_are_no_event()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأزهقت حركة الشباب حياة عشرات الآلاف من الصوماليين في مقديشو، في هجمات وتفجيرات استهدفت مدنيين على مدار أكثر من عشر سنوات.", "2018-04-17").Events);
    }

    [GazetteerFact]
    public void A_taking_dated_to_a_day_stands_beside_a_span_of_years()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وتمكنت قوات النظام الخميس من السيطرة للمرة الأولى منذ أكثر من ثلاثة أعوام على مدينة بصرى الشام في ريف درعا.", "2018-07-06");
        Assert.Contains(doc.Events, e => e.SubEventType == "Government regains territory");
    }
}
