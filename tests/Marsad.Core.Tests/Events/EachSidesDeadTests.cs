namespace Marsad.Core.Tests.Events;

/// <summary>
/// "لقي 24 عنصرا من الحوثيين مصرعهم، بينما قتل 2 من رجال المقاومة الشعبية في المعارك": each side's dead, told one clause
/// each across "بينما", are one fight's toll — they add up, not two conflicting figures of which the lowest stands.
/// </summary>
public class EachSidesDeadTests
{
    [Fact]
    public void The_dead_of_both_sides_add_up()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "لقي 24 عنصرا من الحوثيين مصرعهم، بينما قتل 2 من رجال المقاومة الشعبية في المعارك التي اندلعت بين الجانبين في مدينة حلب أمس.",
            "2015-08-09").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(26, e.Fatalities);
    }

    // (two figures of one side are two readings, not two sides: the lowest stands)
    [Fact]
    public void Two_figures_of_one_side_are_no_sum()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "لقي 24 عنصرا من الحوثيين مصرعهم، بينما قالت مصادر إن 20 من الحوثيين قتلوا في المعارك مع المقاومة الشعبية في مدينة حلب أمس.",
            "2015-08-09").Events);
        Assert.Equal(20, e.Fatalities);
    }
}
