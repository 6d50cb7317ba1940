namespace Marsad.Core.Tests.Events;

/// <summary>A verb of throwing before barrel bombs that aircraft drop is no crowd's throw: an air strike, no riot.</summary>
public class DroppedFromTheAirTests
{
    [Fact]
    public void Barrels_the_helicopters_threw_are_an_air_strike()
    {
        var doc = TestPipeline.Extract("سوريا: براميل على حلب\n\nوكان طيران النظام القى 28 برميلا متفجرا على مناطق في مدينة حلب اليوم.", "2015-07-20");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Riots");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name.StartsWith("Military Forces of Syria") == true);
    }

    [Fact]
    public void Firebombs_a_crowd_throws_are_still_a_riot()
    {
        var doc = TestPipeline.Extract("مواجهات في البحرين\n\nوقالت الشرطة إن محتجين كانوا يلقون قنابل حارقة على دورية للشرطة في المنامة اليوم.", "2015-07-20");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Air/drone strike");
    }
}
