namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأعلنت الشرطة إصابة 40 فردا من قوات الأمن في مواجهات مع بعض المحتجين، وأكدت اعتقال العشرات": protesters do not
/// detain the police named with them — the police arrested them.
/// </summary>
public class DetainedByTheForceTests
{
    [Fact]
    public void Protesters_do_not_detain_the_police()
    {
        var doc = TestPipeline.Extract("وأعلنت الشرطة السورية إصابة 40 فردا من قوات الأمن في مواجهات مع بعض المحتجين في مدينة حلب أمس، وأكدت اعتقال العشرات.", "2018-06-06");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType is "Arrests" or "Abduction/forced disappearance" && e.Actor1?.Inter is 5 or 6 or 7);
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests" && e.Actor1?.Kind == "police");
    }
}
