namespace Marsad.Core.Tests.Events;

/// <summary>
/// "واستهدف انفجار الثلاثاء موكب الحمد الله في بيت حانون": an explosion that targeted something was set off at it — an
/// unidentified armed group's bomb; not where the sentence names a missile ("إن الانفجار استهدف المطار بصاروخ").
/// </summary>
public class TargetedBlastTests
{
    [Fact]
    public void An_explosion_that_targeted_a_convoy_is_a_bomb()
    {
        var doc = TestPipeline.Extract("واستهدف انفجار أمس موكب رئيس الوزراء في مدينة حلب ما أسفر عن سبعة جرحى.", "2018-03-17");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
    }

    [Fact]
    public void An_explosion_told_with_a_missile_is_no_bomb()
    {
        var doc = TestPipeline.Extract("وقالت مصادر إن الانفجار استهدف أمس مطار مدينة حلب بصاروخ.", "2018-03-17");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
