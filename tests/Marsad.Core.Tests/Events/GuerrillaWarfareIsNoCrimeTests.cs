using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تلقوا تدريبات على حرب العصابات": guerrilla warfare, what a cell trained in, is no gang crime — the arrest stands;
/// the arrest of a gang of car thieves, or of men who harassed a girl, is crime, which ACLED leaves out — a forged card a
/// terror suspect carried is no sign of it.
/// </summary>
public class GuerrillaWarfareIsNoCrimeTests
{
    [GazetteerFact]
    public void Men_trained_in_guerrilla_warfare_arrested_is_an_arrest()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعلنت السلطات التونسية اعتقال 5 أشخاص أمس في مدينة سوسة، وقالت إنهم تلقوا تدريبات على حرب العصابات في ليبيا.", "2015-07-31").Events);
        Assert.Equal("Arrests", e.SubEventType);
    }

    [GazetteerFact]
    public void A_gang_of_thieves_arrested_is_crime()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "اعتقلت الشرطة 5 أشخاص أمس في مدينة سوسة ينتمون إلى عصابة لسرقة السيارات.", "2015-07-31").Events);
    }

    [GazetteerTheory]
    [InlineData("قالت السلطات الرومانية إن الشرطة اعتقلت أربعة رجال في بوخارست وضبطت 320 كيلوجراما من الهيروين.")]
    [InlineData("ذكرت الشرطة الفيتنامية أمس أنه تم إلقاء القبض على رئيس شركة النفط في هانوي للاشتباه في قيامه باحتيال مصرفي.")]
    [InlineData("واعتقلت الشرطة المصرية مدير الجمارك في الإسكندرية أمس بتهمة تلقي رشاوى.")]
    public void Arrests_for_drugs_fraud_or_bribes_are_crime(string sentence) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(sentence, "2015-07-31").Events);

    [GazetteerFact]
    public void Arrests_for_harassment_are_crime() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "تمكنت شرطة محافظة الطائف من القبض على شابين قاما بالتحرش بفتاة في أحد الأسواق.", "2015-07-26").Events);

    [GazetteerFact]
    public void A_suspect_carrying_a_forged_card_is_no_criminal_only()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأوقفت قوى الجيش اللبناني أمس في منطقة عرسال سوريا للاشتباه بارتكابه أعمالا إرهابية ولتجوله ببطاقة هوية مزورة.", "2015-07-22").Events);
        Assert.Equal("Arrests", e.SubEventType);
    }
}
