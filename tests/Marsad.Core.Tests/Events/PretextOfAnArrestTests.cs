namespace Marsad.Core.Tests.Events;

/// <summary>"اعتقلت قوات الاحتلال شاباً … بحجة إلقاء الحجارة": the pretext an arrest gives is no riot; the arrest stands.</summary>
public class PretextOfAnArrestTests
{
    [Fact]
    public void The_pretext_is_no_riot()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "كما اعتقلت قوات الاحتلال شاباً فلسطينياً مُقعداً وفتى من منطقة باب العامود بمدينة القدس، بحجة إلقاء الحجارة باتجاه «القطار الخفيف».", "2015-07-23");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Riots");
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests");
    }
}
