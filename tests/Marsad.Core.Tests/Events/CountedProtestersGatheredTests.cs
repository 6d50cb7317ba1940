using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وتجمع قرابة ستة آلاف متظاهر أمام البرلمان": a verb of gathering, then a crowd counted and called protesters, is a
/// protest where they gathered — the participant noun alone, with no such verb, is not.
/// </summary>
public class CountedProtestersGatheredTests
{
    [GazetteerFact]
    public void Six_thousand_protesters_gathered_before_parliament_protest_there()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتجمع قرابة ستة آلاف متظاهر أمام البرلمان في أثينا في المساء وهتفوا أن «الحكومة لم تعد تصغي إلى الشعب».", "2015-07-24").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Equal("GR", e.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void Protesters_counted_among_the_wounded_gathered_nowhere()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وقال التقرير إن بين المصابين نحو 30 متظاهرا في أثينا.", "2015-07-24").Events);
    }
}
