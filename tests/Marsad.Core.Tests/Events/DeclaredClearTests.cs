namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلنت القيادة العامة للجيش السوري مدينتي دوما وحماة خالية من الإرهاب": a force declaring places clear of fighters
/// holds them now — ground regained, or handed over when the fighters left under a deal.
/// </summary>
public class DeclaredClearTests
{
    [Fact]
    public void Places_a_command_declares_clear_are_its_forces_ground()
    {
        var doc = TestPipeline.Extract("وأعلنت القيادة العامة للجيش السوري مساء أمس مدينتي دوما وحماة خالية من الإرهاب.", "2018-04-01");
        Assert.Equal(2, doc.Events.Count);
        Assert.All(doc.Events, e =>
        {
            Assert.Equal("Government regains territory", e.SubEventType);
            Assert.Equal("Military Forces of Syria", e.Actor1?.PlainName);
        });
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Hama");
    }

    [Fact]
    public void Declared_clear_after_the_fighters_left_is_a_transfer()
    {
        var doc = TestPipeline.Extract("وأعلن الجيش السوري مساء أمس مدينة دوما خالية من الإرهاب بعد خروج الدفعة الأخيرة من المسلحين.", "2018-04-01");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Non-violent transfer of territory", e.SubEventType);
        Assert.Equal("Dūmā", e.Location?.Place?.Name);
    }
}
