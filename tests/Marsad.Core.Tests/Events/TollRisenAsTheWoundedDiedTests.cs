using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A toll that rose to a figure as the wounded died of their wounds is the act's toll — not the first figure, nor the
/// dead it rose by; a rise with no one dying of wounds may be a running total and changes nothing.
/// </summary>
public class TollRisenAsTheWoundedDiedTests
{
    [GazetteerFact]
    public void The_figure_the_toll_rose_to_counts()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقتل 10 جنود في تفجير انتحاري استهدف مسجدا في أبها أمس، فيما ارتفعت حصيلة القتلى إلى 12، بعد وفاة اثنين من الجرحى متأثرين بجراحهما.",
            "2015-08-07");
        var bombing = Assert.Single(doc.Events);
        Assert.Equal(12, bombing.Fatalities);
    }

    [GazetteerFact]
    public void A_total_the_acts_toll_adds_to_is_not_its_toll()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وأدى القصف على مدينة دوما أمس إلى مقتل 29 مدنيا متأثرين بجراحهم، لترتفع بذلك حصيلة هذا القصف إلى 1517 مدنيا.",
            "2018-03-20");
        var strike = Assert.Single(doc.Events);
        Assert.Equal(29, strike.Fatalities);
    }
}
