using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An attack the adjective after it makes one of words — "هجوما لاذعا" (biting), "كلاميا", "إعلاميا", "حادا" — or a fierce
/// one the media make ("شن التلفزيون البحريني والصحافة هجوماً شرساً ضد إيران") is speech, no violence; a fierce attack by
/// gunmen on a checkpoint is one.
/// </summary>
public class AttackInWordsTests
{
    [GazetteerFact]
    public void A_biting_attack_is_speech() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وشن الرئيس التركي رجب طيب أردوغان هجوما لاذعا الثلاثاء على رئيس وزراء إسرائيل في غزة.", "2018-05-15").Events);

    [GazetteerFact]
    public void The_killing_a_biting_attack_answers_is_told_by_its_own_words()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وشن الرئيس التركي رجب طيب أردوغان هجوما لاذعا الثلاثاء على رئيس وزراء إسرائيل بنيامين نتانياهو قائلا إنه يقود \"دولة عنصرية\" " +
            "ويداه ملطختان بالدم الفلسطيني، غداة مقتل 61 فلسطينيا برصاص الجيش الإسرائيلي في المنطقة الحدودية في غزة منذ الاثنين.", "2018-05-15");
        var killing = Assert.Single(doc.Events);
        Assert.DoesNotContain(killing.FieldEvidence, f => f.Field == "trigger" && doc.Slice(f.Span) == "هجوما");
    }

    [GazetteerFact]
    public void A_fierce_attack_by_the_press_is_speech() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وشن من جانبه التلفزيون البحريني والصحافة في مملكة البحرين هجوماً شرساً ضد إيران وسياستها في طهران.", "2015-07-26").Events);

    [GazetteerFact]
    public void A_fierce_attack_by_gunmen_is_a_clash() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("شن مسلحون هجوما شرسا على حاجز للجيش في العريش أمس.", "2018-05-15").Events,
            e => e.SubEventType == "Armed clash");
}
