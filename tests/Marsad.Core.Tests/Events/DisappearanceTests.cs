using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "اختفى الصحفي السعودي … بعد دخوله القنصلية السعودية في إسطنبول": a civilian who disappeared at a town was taken by
/// someone unknown, and one whose killing is told there ("مقتل الصحفي …") was killed by someone unknown; a craft lost
/// from the radar, a case spoken of with no place of its own, are no disappearance; an article that retells it later
/// tells of the same act.
/// </summary>
public class DisappearanceTests
{
    [GazetteerFact]
    public void A_civilian_who_disappeared_at_a_town_was_taken_by_someone_unknown()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اختفى الصحفي السعودي جمال خاشقجي بعد دخوله القنصلية السعودية في إسطنبول في 2 أكتوبر الجاري.", "2018-10-12").Events);
        Assert.Equal("Abduction/forced disappearance", e.SubEventType);
        Assert.Equal("Istanbul", e.Location?.Place?.Name);
        Assert.Equal(new DateOnly(2018, 10, 2), e.Date.Date);
        Assert.True(e.Actor1?.IsUnidentified);
        Assert.Equal(7, e.Actor2?.Inter);
    }

    [GazetteerFact]
    public void The_land_of_the_place_he_went_into_is_not_who_took_him()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأشار إلى اختفاء خاشقجي منذ 2 أكتوبر بعد دخوله إلى القنصلية السعودية في إسطنبول.", "2018-10-10").Events);
        Assert.Equal("Abduction/forced disappearance", e.SubEventType);
        Assert.True(e.Actor1?.IsUnidentified);
        Assert.Equal(new DateOnly(2018, 10, 2), e.Date.Date);
    }

    [GazetteerFact]
    public void The_killing_of_a_journalist_told_at_a_town_is_an_attack_by_someone_unknown()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ويرى مسؤولون أتراك أن التسجيلات تثبت مقتل الصحفي السعودي جمال خاشقجي داخل قنصلية بلاده في إسطنبول.", "2018-10-12").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.True(e.Actor1?.IsUnidentified);
        Assert.Equal("Istanbul", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_plane_lost_from_the_radar_is_no_one_taken()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وكانت الطائرة التابعة لشركة أسيمان قد اختفت من على شاشات الرادار بعد إقلاعها من مطار طهران.", "2018-02-20");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Abduction/forced disappearance");
    }

    [GazetteerFact]
    public void A_case_spoken_of_with_no_place_of_its_own_is_no_report_of_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال مسؤول تركي في أنقرة إن التعاون بين البلدين بشأن التحقيق في اختفاء الصحفي السعودي يعد إيجابيا.", "2018-10-15");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void A_disappearance_retold_later_in_the_article_is_one_act_on_its_first_day()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اختفى الصحفي السعودي جمال خاشقجي بعد دخوله القنصلية السعودية في إسطنبول في 2 أكتوبر الجاري. "
            + "وقال مسؤولون الثلاثاء إن الكاتب الذي اختفى في مدينة إسطنبول لم يغادر المبنى.", "2018-10-16").Events);
        Assert.Equal(new DateOnly(2018, 10, 2), e.Date.Date);
    }

    [GazetteerTheory]
    // the town far after the verb, past the man's titles, an apposition and a date
    [InlineData("واختفى الصحفي السعودي جمال خاشقجي، المنتقد لسياسات الحكومة السعودية، في الثاني من أكتوبر/ تشرين الأول بعدما زار قنصلية بلاده في مدينة إسطنبول التركية.")]
    [InlineData("اختفى الصحفي السعودي جمال خاشقجي في 2 أكتوبر بعد دخوله القنصلية السعودية في إسطنبول.")]
    [InlineData("واختفى الصحفي السعودي جمال خاشقجي، وهو أحد منتقدي ولي العهد السعودي، بعد زيارته القنصلية السعودية في اسطنبول يوم 2 أكتوبر.")]
    public void The_town_he_vanished_in_may_come_after_his_titles_and_the_day(string text)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-10-14").Events);
        Assert.Equal("Istanbul", e.Location?.Place?.Name);
        Assert.Equal(new DateOnly(2018, 10, 2), e.Date.Date);
    }

    [GazetteerFact]
    public void A_town_past_a_new_clause_is_not_where_he_vanished() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتحدث ولي العهد عن صفقات السلاح، فضلا عن قصة اختفاء الكاتب السعودي جمال خاشقجي، وذلك في المقابلة التي أجريت في قصر ملكي بالعاصمة الرياض.", "2018-10-05").Events);
}
