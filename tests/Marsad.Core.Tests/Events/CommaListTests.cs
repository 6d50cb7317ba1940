using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"في مديريات الظاهر، وباقم، والبقع، وكتاف، ورازح": a list whose names stand after a comma and و is one list.</summary>
public class CommaListTests
{
    [GazetteerFact]
    public void Every_district_of_a_comma_list_is_a_scene()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("ويستمر الجيش في خوض معارك مع الحوثيين في مديريات الظاهر، وباقم، والبقع، وكتاف، ورازح في صعدة.", "2018-07-16");
        var places = doc.Events.Where(e => e.SubEventType == "Armed clash").Select(e => e.Location?.Place?.Name).ToList();
        Assert.Contains("Adh Dhahir", places);
        Assert.Contains("Razih", places);
        Assert.Equal(5, places.Count);
    }
}
