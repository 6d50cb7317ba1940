namespace Marsad.Core.Tests.Events;

/// <summary>
/// "العملية الإرهابية التي استهدفت المصلين بمسجد قوات الطوارئ": the worshippers of a force's mosque are its men at
/// prayer — the force is the side hit, not civilians.
/// </summary>
public class WorshippersOfAForceTests
{
    [Theory]
    [InlineData("أدان المجلس العملية الإرهابية التي استهدفت المصلين بمسجد قوات الطوارئ في الرياض أمس، وأسفرت عن استشهاد عدد منهم.")]
    [InlineData("أدان المجلس التفجير الذي استهدف المصلين في مسجد مقر قوات الطوارئ الخاصة في الرياض أمس.")]
    public void The_force_whose_mosque_it_was_is_hit(string text)
    {
        var doc = TestPipeline.Extract(text, "2015-08-07");
        var bombing = Assert.Single(doc.Events);
        Assert.Equal("police", bombing.Actor2?.Kind);
    }

    [Fact]
    public void Worshippers_of_a_mosque_no_force_owns_are_civilians()
    {
        var doc = TestPipeline.Extract("أدان المجلس العملية الإرهابية التي استهدفت المصلين في مسجد الحي في الرياض أمس، وأسفرت عن استشهاد عدد منهم.", "2015-08-07");
        var bombing = Assert.Single(doc.Events);
        Assert.Equal(7, bombing.Actor2?.Inter);
    }
}
