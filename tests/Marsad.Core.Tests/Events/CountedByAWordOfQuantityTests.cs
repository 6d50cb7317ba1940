using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأغلقت الشرطة السوق واعتقلت عددا كبيرا من الأشخاص": people counted by a word of quantity right after a verb joined by
/// و are what it took, not who did it — the verb shares the subject of the clause's first verb, as with a number.
/// </summary>
public class CountedByAWordOfQuantityTests
{
    [GazetteerFact]
    public void People_counted_by_a_word_of_quantity_are_the_arrested() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وأغلقت الشرطة السوق في مدينة مروة أمس واعتقلت عددا كبيرا من الأشخاص.", "2015-07-26").Events,
            e => e.SubEventType == "Arrests");
}
