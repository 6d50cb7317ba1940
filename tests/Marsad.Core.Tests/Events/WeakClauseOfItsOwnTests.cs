using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استهدفت مقاتلات التحالف تجمعات للحوثيين في مدينة التحيتا، فيما شهدت محافظة إب فرارا … عقب ضربات جوية مماثلة": when
/// the sentence's strong words, past a contrast, tell no event, the weak verb of the clause before them still does.
/// </summary>
public class WeakClauseOfItsOwnTests
{
    [GazetteerFact]
    public void The_first_clause_s_strike_stands()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "استهدفت مقاتلات التحالف العربي، الأحد، تجمعات لميليشيات الحوثي الإيرانية في مدينة التحيتا التابعة لمحافظة الحديدة، فيما شهدت محافظة إب، وسط البلاد، فرارا جماعيا للانقلابيين عقب ضربات جوية مماثلة.",
            "2018-04-01").Events);
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Equal("At Tuhayta", strike.Location?.Place?.Name);
    }
}
