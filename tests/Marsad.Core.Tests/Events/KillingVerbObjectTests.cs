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
        Assert.Empty(TestPipeline.Extract("وقال الأهالي إن ثلاثة مدنيين قتلوا في مدينة حلب أمس.", "2018-04-02").Events
            .Where(e => e.Actor1?.Inter == 7));
}
