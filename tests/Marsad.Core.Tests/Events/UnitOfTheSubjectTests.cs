namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إن قوة من الجيش اللبناني أوقفت 23 شخصا": a unit named before its force ("قوة من", "دورية من") leaves the force the
/// subject before the verb — the arrester — and the people counted after the verb those taken.
/// </summary>
public class UnitOfTheSubjectTests
{
    [Theory]
    [InlineData("وقال البيان إن قوة من الجيش اللبناني أوقفت 23 شخصا في بيروت.")]
    [InlineData("قوة من الجيش اللبناني أوقفت 23 شخصا في بيروت.")]
    public void A_unit_of_the_force_before_the_verb_makes_the_force_its_subject(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2015-07-25").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal("LB", e.Actor1?.Country);
        Assert.Equal(1, e.Actor1?.Inter);
        Assert.Equal(7, e.Actor2?.Inter);
    }
}
