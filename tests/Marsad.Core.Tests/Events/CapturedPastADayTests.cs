using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأسرت قوات المقاومة الشعبية، السبت، العشرات من مسلحي ميليشيات الحوثيين": fighters an armed side captured — the day
/// set off by commas between the verb's subject and its object — fought it (ACLED's armed clash); the captives of the
/// fighting it holds ("عدد الأسرى من المتمردين بلغ 120، احتجزتهم قوات المقاومة", "احتجزوا الكثير من المقاتلين") are no
/// civilians abducted.
/// </summary>
public class CapturedPastADayTests
{
    [GazetteerFact]
    public void Fighters_captured_past_a_day_set_off_by_commas_fought_their_captors()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأسرت قوات المقاومة الشعبية، السبت، العشرات من مسلحي ميليشيات الحوثيين بمحافظة الضالع جنوبي اليمن.", "2015-07-26").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void Captives_of_the_fighting_are_no_civilians_abducted() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر ان عدد الأسرى من المتمردين بلغ 120، احتجزتهم قوات المقاومة في مدينة الضالع.", "2015-07-26").Events,
            e => e.SubEventType == "Abduction/forced disappearance");

    [GazetteerFact]
    public void Fighters_an_armed_group_holds_are_no_civilians_abducted() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقال إن عناصر المقاومة احتجزوا الكثير من المقاتلين الإيرانيين في جبهات القتال في عدن ولحج وأبين.", "2015-07-30").Events,
            e => e.SubEventType == "Abduction/forced disappearance");

    [GazetteerFact]
    public void Civilians_an_armed_group_seized_were_abducted() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "واحتجز مسلحو تنظيم داعش عشرات المدنيين في مدينة القريتين.", "2015-08-07").Events,
            e => e.SubEventType == "Abduction/forced disappearance");
}
