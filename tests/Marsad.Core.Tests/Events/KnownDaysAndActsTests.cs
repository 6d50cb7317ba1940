using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "يوم الجمعة الماضي في 3 أغسطس": a weekday that is the weekday of a full date the sentence gives names that date, not
/// the latest such day before publication; "وإثر عملية الخطف، تولت الحكومة التفاوض": the known act a sentence opens
/// after is the one already told.
/// </summary>
public class KnownDaysAndActsTests
{
    [GazetteerFact]
    public void A_weekday_of_a_full_date_names_that_date() =>
        // (3 August 2018 was a Friday, eleven weeks before publication: long past, no event of the report's days)
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقالت الشرطة التركية في إسطنبول إن المهاجم فجر نفسه يوم الجمعة الماضي في 3 أغسطس قرب مركز للشرطة.", "2018-10-20").Events);

    [GazetteerFact]
    public void The_known_act_a_sentence_opens_after_is_the_one_told() =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "خطف مسلحون ثلاثة صحفيين في مدينة الحديدة أمس.\nوإثر عملية الخطف، تولت الحكومة التفاوض مع الخاطفين في صنعاء.", "2018-10-20").Events);
}
