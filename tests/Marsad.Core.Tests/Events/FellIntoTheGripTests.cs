namespace Marsad.Core.Tests.Events;

/// <summary>"وقع في قبضة قواته", "سقط في قبضة الأمن": a man who fell into a force's grip was arrested by it.</summary>
public class FellIntoTheGripTests
{
    [Fact]
    public void Falling_into_a_force_s_grip_is_an_arrest()
    {
        var doc = TestPipeline.Extract("وأعلنت القوات السورية أن قياديا في تنظيم داعش وقع في قبضتها أمس في مدينة حلب.", "2018-10-08");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal("Military Forces of Syria", e.Actor1?.PlainName);
        Assert.Equal("Islamic State", e.Actor2?.PlainName);
    }
}
