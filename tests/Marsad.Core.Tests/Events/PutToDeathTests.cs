using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعدم تنظيم داعش خمسة مدنيين", "اغتال مسلحون مجهولون ناشطا مدنيا": verbs of putting to death take their subject,
/// then whom they killed, as "قتل" does — an attack on the civilians after the subject, with their count; an
/// assassination told with no figure killed one.
/// </summary>
public class PutToDeathTests
{
    [GazetteerTheory]
    [InlineData("أعدم تنظيم داعش خمسة مدنيين في مدينة الميادين بتهمة التعامل مع قوات سوريا الديمقراطية.", "Islamic State", 5)]
    [InlineData("اغتال مسلحون مجهولون ناشطا مدنيا في مدينة البصرة ليل الثلاثاء.", "Unidentified Armed Group (Iraq)", 1)]
    [InlineData("أعدم تنظيم ولاية سيناء مواطنا في مدينة العريش.", "Wilayat Sinai", 1)]   // one person in the singular after the subject
    public void The_subject_put_the_civilians_after_it_to_death(string text, string killer, int dead)
    {
        var attack = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-10").Events);
        Assert.Equal("Attack", attack.SubEventType);
        Assert.Equal(killer, attack.Actor1!.Name);
        Assert.Equal(7, attack.Actor2!.Inter);
        Assert.Equal(dead, attack.Fatalities);
    }

    [GazetteerFact]
    public void An_attempt_on_a_life_killed_no_one() =>
        Assert.All(TestPipeline.ExtractWithRealGazetteer("نجا محافظ البصرة من محاولة اغتيال استهدفت موكبه في مدينة البصرة أمس.", "2018-06-10").Events,
            e => Assert.NotEqual(1, e.Fatalities));
}
