namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تزامنت المواجهات مع شن مقاتلات التحالف العربي غارات على مواقع الميليشيا في صعدة": the clashes told before, now timed
/// against another act, are no clash of their own at that act's place; the strikes are.
/// </summary>
public class CoincidedWithTests
{
    [Fact]
    public void Definite_clashes_that_coincided_with_strikes_are_the_ones_told_before()
    {
        var doc = TestPipeline.Extract("اندلعت أمس اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم داعش في مدينة حلب.\n" +
            "وتزامنت المواجهات مع شن مقاتلات التحالف الدولي غارات على مواقع التنظيم في مدينة الرقة.", "2018-07-08");
        Assert.Contains(doc.Events, e => e.SubEventType == "Armed clash" && e.Location?.Place?.Name == "Aleppo");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Location?.Place?.Name == "Ar Raqqah");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash" && e.Location?.Place?.Name == "Ar Raqqah");
    }
}
