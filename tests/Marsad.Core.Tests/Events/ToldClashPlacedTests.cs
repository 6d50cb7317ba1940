using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "… في مواجهات مع المقاومة اليمنية في جبهة الساحل الغربي. وأكدت المصادر أن المواجهات تركزت في شمال حيس": the
/// definite clash that fell on places of its own is the clash just told — its sides that one's, and the region the
/// first report gave only a summary of where it was.
/// </summary>
public class ToldClashPlacedTests
{
    private const string Report =
        "من جهة أخرى، أفادت مصادر عسكرية يمنية، الأحد، بمقتل 14 من ميليشيات الحوثي الإيرانية في مواجهات مع المقاومة اليمنية في جبهة الساحل الغربي.\n" +
        "وأكدت المصادر أن المواجهات تركزت في شمال حيس.";

    [GazetteerFact]
    public void A_clash_that_centred_on_a_town_is_the_clash_told_before_it()
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(Report, "2018-02-25").Events, e => e.SubEventType == "Armed clash");
        Assert.Equal("Ḩays", clash.Location?.Place?.Name);
        Assert.Equal(14, clash.Fatalities);
        Assert.Contains(new[] { clash.Actor1?.Name, clash.Actor2?.Name }, n => n?.StartsWith("Houthi") == true);
    }

    [GazetteerFact]
    public void An_indefinite_clash_is_no_retelling()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(Report.Replace("أن المواجهات تركزت في شمال حيس", "أن مواجهات اندلعت في شمال حيس"), "2018-02-25");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash" && e.Location?.Place?.Name == "Ḩays" && e.Fatalities == 14);
    }
}
