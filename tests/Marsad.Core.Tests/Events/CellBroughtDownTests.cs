using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلنت وزارة الداخلية الكويتية عن ضبط شبكة إرهابية", "تفكيك خلية إرهابية": a cell seized or dismantled is its members
/// arrested — not explosives defused, and not nothing.
/// </summary>
public class CellBroughtDownTests
{
    [GazetteerFact]
    public void A_network_seized_is_an_arrest()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أعلنت وزارة الداخلية الكويتية اليوم الخميس عن ضبط شبكة إرهابية تابعة لتنظيم داعش تضم خمسة أشخاص.", "2015-07-30").Events;
        var arrest = Assert.Single(events, e => e.SubEventType == "Arrests");
        Assert.Equal("KW", arrest.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void A_cell_dismantled_is_no_bomb_defused()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أعلنت وزارة الداخلية التونسية أمس عن تفكيك خلية إرهابية كانت تخطط لتنفيذ هجمات على منشآت أمنية في العاصمة تونس.", "2015-08-06").Events;
        Assert.Contains(events, e => e.SubEventType == "Arrests");
        Assert.DoesNotContain(events, e => e.SubEventType == "Disrupted weapons use");
    }
}
