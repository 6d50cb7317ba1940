using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What is on the verge of being done, what was an aim, what is incited and what a side is said to carry out in
/// unnamed attacks is no act reported.
/// </summary>
public class NotYetDoneTests
{
    [GazetteerFact]
    public void On_the_verge_of_retaking_is_no_retaking() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ويبدو أن الجيش اليمني بات قاب قوسين من استعادة مدينة الحديدة من الحوثيين.", "2018-04-13").Events);

    [GazetteerFact]
    public void A_retaking_that_was_an_aim_is_none() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وكانت استعادة مدينة الرقة هدفا رئيسيا لقوات سوريا الديمقراطية، إذ كانت تشكل تهديدا للمناطق المجاورة التي قتل فيها العشرات جراء هجمات التنظيم.",
            "2018-04-13").Events);

    [GazetteerFact]
    public void Incitement_to_attacks_is_no_attack() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقال المتحدث الإسرائيلي في القدس إن حركة حماس تواصل التحريض على تنفيذ عمليات إرهابية ضد المستوطنين.", "2018-05-22").Events);

    [GazetteerFact]
    public void Attacks_with_no_article_that_a_side_carries_out_are_its_habit() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقال المتحدث الإسرائيلي في القدس إن الفلسطينيين يستغلون الأطفال والنساء كدروع بشرية في اعتداءات يشنها إرهابيون فلسطينيون على المواطنين الإسرائيليين.",
            "2018-05-22").Events);
}
