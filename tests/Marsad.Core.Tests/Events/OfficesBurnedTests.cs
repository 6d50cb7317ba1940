namespace Marsad.Core.Tests.Events;

// Offices set on fire with no one named, in an article of demonstrations, are the crowd's riot.
public class OfficesBurnedTests
{
    [Fact]
    public void Offices_burned_during_protests_are_a_riot_of_the_country_s_rioters()
    {
        var doc = TestPipeline.Extract("وتتواصل المظاهرات في المحافظات الشرقية.\nوقال مصدر إنه تم إحراق مكتب حزب البعث في مدينة الرقة أمس.", "2018-07-13");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Violent demonstration");
        Assert.Equal("Rioters (Syria)", e.Actor1?.Name);
        Assert.Equal("Ar Raqqah", e.Location?.Place?.Name);
    }

    [Fact]
    public void Without_demonstrations_a_fire_is_no_riot()
    {
        var doc = TestPipeline.Extract("وقال مصدر إنه تم إحراق مكتب حزب البعث في مدينة الرقة أمس.", "2018-07-13");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Riots");
    }

    [Fact]
    public void Firebombs_thrown_by_hand_are_a_riot_not_an_air_raid()
    {
        // ("محتجين … يلقون قنابل حارقة عليه": thrown, so a crowd's, not an aircraft's)
        var doc = TestPipeline.Extract("وأظهرت تسجيلات مصورة محتجين يرددون هتافات أمام مركز للشرطة ويلقون قنابل حارقة عليه في مدينة حلب أمس.", "2018-03-29");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Contains(doc.Events, e => e.SubEventType == "Violent demonstration");
    }
}
