using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>Verb, subject, object: the people a killing verb's subject killed follow it, their place in the clause marks them.</summary>
public class KillingVerbObjectTests
{
    [Fact]
    public void Gunmen_who_killed_civilians_attacked_them()
    {
        var e = Assert.Single(TestPipeline.Extract("وقتل مسلحون مجهولون ثلاثة مدنيين في مدينة حلب أمس.", "2018-04-02").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1!.Name);
        Assert.Equal("Civilians (Syria)", e.Actor2?.Name);
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void Civilians_told_killed_with_no_one_after_them_are_no_attackers() =>
        Assert.DoesNotContain(TestPipeline.Extract("وقال الأهالي إن ثلاثة مدنيين قتلوا في مدينة حلب أمس.", "2018-04-02").Events,
            e => e.Actor1?.Inter == 7);

    [Fact]
    public void A_civilian_right_after_a_verb_of_killing_that_opens_the_sentence_was_killed()
    {
        var e = Assert.Single(TestPipeline.Extract("اغتيل الصحفي جمال خاشقجي في مدينة إسطنبول في 2 أكتوبر.", "2018-10-13").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1!.Name);
        Assert.Equal(7, e.Actor2?.Inter);
        Assert.Equal(new DateOnly(2018, 10, 2), e.Date.Date);
        // (a noun of killing after a preposition or a quote is no act: "يندد بقتل الصحفي")
        Assert.Empty(TestPipeline.Extract("وندد الوزير بقتل الصحفي جمال خاشقجي في مدينة إسطنبول.", "2018-10-13").Events);
    }
}
