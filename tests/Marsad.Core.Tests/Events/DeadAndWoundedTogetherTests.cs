using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"ارتفاع حصيلة الضحايا إلى 47 قتيلا وجريحا": a figure of the dead and wounded together is no toll.</summary>
public class DeadAndWoundedTogetherTests
{
    [GazetteerFact]
    public void A_figure_of_dead_and_wounded_together_counts_only_some_dead()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أسفرت الغارات على مدينة صعدة عن سقوط 20 قتيلا وجريحا من المدنيين.", "2018-07-21").Events);
        Assert.True(e.Fatalities < 20);
    }

    [GazetteerFact]
    public void A_dual_of_the_dead_counts_two()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "شنت إسرائيل غارات على مواقع لحركة حماس في غزة السبت خلفت قتيلين وأصيب 15 شخصا بجروح.", "2018-07-15").Events);
        Assert.Equal(2, e.Fatalities);
    }
}
