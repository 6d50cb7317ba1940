using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Bare "violence" is no riot: "زيادة العنف" in a warning and "تصاعد العنف بين قوات الأمن ومقاتلين أكراد" are war told in
/// general. And a speaker's name ends where what he said begins: at "بأنه", or at a verb of going on told without "أن"
/// ("أعلن المرصد السوري لحقوق الإنسان استمرت الاشتباكات").
/// </summary>
public class ViolenceAndSpeakersTests
{
    [GazetteerTheory]
    [InlineData("وحذرت الأمم المتحدة من أن زيادة العنف قد تعرض حياة 750 ألف شخص يعيشون في مناطق المسلحين في درعا للخطر.", "2018-06-23")]
    [InlineData("في موازاة ذلك، تصاعد العنف بين قوات الأمن ومن يشتبه في أنهم مقاتلون أكراد في مدينة سيلوبي.", "2015-08-11")]
    public void Bare_violence_is_no_riot(string text, string published) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, published).Events, e => e.EventType == "Riots");

    [GazetteerFact]
    public void The_speaker_ends_at_bi_annahu()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "صرح المتحدث الأمني بوزارة الداخلية بأنه إلحاقاً لما سبق إعلانه بشأن حدوث تفجير في مسجد مقر قوة الطوارئ بمنطقة عسير، مما نتج عنه استشهاد 15 من منسوبي القوة.",
            "2015-08-08").Events);
        Assert.Equal("المتحدث الأمني بوزارة الداخلية", e.Claim?.Source);
    }

    [GazetteerFact]
    public void The_speaker_ends_at_a_verb_of_going_on()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "من جهته أعلن المرصد السوري لحقوق الإنسان استمرت الاشتباكات العنيفة إلى ما بعد منتصف ليل الاثنين بين المقاتلين المحليين من جهة، وقوات النظام وحزب الله من جهة أخرى، في مدينة داريا.",
            "2015-08-04").Events);
        Assert.Equal("المرصد السوري لحقوق الإنسان", e.Claim?.Source);
    }
}
