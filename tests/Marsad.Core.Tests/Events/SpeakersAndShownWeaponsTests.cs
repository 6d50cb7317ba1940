using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Who is no party and what is no act: a state that condemns a bombing ("وإدانة مصر للتفجير") is not whom it hit; a
/// ministry that denied what was told ("وهو أمر نفته وزارة الدفاع") did not do it; a drone unveiled at a fair, people
/// fleeing "the fire of the battles" and missiles seized ("الاستيلاء على 17 صاروخا") are no strike, battle or ground.
/// </summary>
public class SpeakersAndShownWeaponsTests
{
    [GazetteerFact]
    public void A_state_condemning_a_bombing_is_not_whom_it_hit()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعرب وزير الأوقاف المصرى محمد مختار جمعة عن كامل إدانته، وإدانة مصر للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة أبها في المملكة العربية السعودية، وأسفر عن سقوط ضحايا من رجال الأمن السعودي.",
            "2015-08-07").Events);
        Assert.NotEqual("Military Forces of Egypt (2014-)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Who_denied_what_was_told_did_not_do_it() =>
        Assert.All(TestPipeline.ExtractWithRealGazetteer(
            "ويأتي هذا الهجوم غداة إقدام الجبهة على خطف ثمانية عناصر من الفرقة بينهم قائدها في اعزاز، وهو أمر نفته وزارة الدفاع الأميركية.",
            "2015-07-31").Events, e => Assert.DoesNotContain("United States", e.Actor1?.Name ?? ""));

    [GazetteerTheory]
    [InlineData("وفي المعرض الدولي للدفاع والأمن بباريس، كشفت شركة إسرائيل لصناعات الطيران عن طائرتها بدون طيار الانتحارية.")]
    [InlineData("كشفت شركة إسرائيل لصناعات الطيران في باريس عن طائرتها بدون طيار الانتحارية.")]
    public void A_drone_unveiled_strikes_no_one(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2018-08-09").Events);

    [GazetteerFact]
    public void A_source_disclosing_strikes_still_tells_them() =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer("كشف مصدر عسكري عن غارات جوية استهدفت مواقع للحوثيين في صعدة.", "2018-08-09").Events);

    [GazetteerFact]
    public void Those_fleeing_the_fire_of_the_battles_tell_no_battle() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وأكد الأردن أنه لن يفتح حدوده أمام الفارين من لهيب المعارك في درعا.", "2018-06-29").Events);

    [GazetteerFact]
    public void Missiles_seized_are_no_ground_taken() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقال قائد الشرطة إن قوة من الشرطة الاتحادية أحبطت محاولة لتسلل عناصر داعش في منطقة حصيبة الشرقية شرق الرمادي وقتل ثمانية من عناصر التنظيم والاستيلاء على 17 صاروخا مضادا للدروع.",
            "2015-08-01").Events, e => e.SubEventType == "Government regains territory");
}
