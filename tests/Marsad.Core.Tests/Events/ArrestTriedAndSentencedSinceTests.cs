namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تمكنت سلطات الأمن من القبض على الجاني … وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي": an arrest whose sentence goes
/// on to tell the trial and the verdict was made months before — the background of a sentence carried out, no arrest
/// the report tells. A verdict that only describes the man arrested came before his arrest, which stands.
/// </summary>
public class ArrestTriedAndSentencedSinceTests
{
    [Fact]
    public void An_arrest_followed_by_its_trial_and_verdict_is_background() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وتمكنت سلطات الأمن من القبض على الجاني وأسفر التحقيق معه عن توجيه الاتهام إليه وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه والحكم عليه بالقتل قصاصا، ونفذ الحكم أمس في مدينة جدة.",
                "2015-08-03").Events,
            e => e.SubEventType == "Arrests");

    [Fact]
    public void An_arrest_brought_before_a_court_that_convicted_him_is_background() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وقد ألقت السلطات المصرية القبض عليه في القاهرة، ومثل أمام القضاء الذي أدانه وحكم عليه بالسجن.", "2018-04-05").Events,
            e => e.SubEventType == "Arrests");

    [Fact]
    public void A_man_sentenced_before_and_arrested_today_is_an_arrest() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "أوقفت السلطات الإيرانية اليوم في طهران مدعيا عاما سابقا صدر بحقه حكم بالسجن.", "2018-04-22").Events,
            e => e.SubEventType == "Arrests");
}
