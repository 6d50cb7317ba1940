using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أطلق مجهولون النار على شاب، ما أدى إلى مقتله": the death of one, told by the pronoun on its noun, is one dead —
/// unless another report of the event gives a figure, which wins as over an estimate ("لقي مراهقان حتفهما … المراهق
/// الثاني الذي أعلن عن مقتله").
/// </summary>
public class OneDeathByItsPronounTests
{
    [GazetteerFact]
    public void His_death_is_one() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("أقدم مجهولون على إطلاق النار على شاب في مدينة طرابلس شمالي لبنان، ما أدى إلى مقتله على الفور.", "2018-06-01").Events,
            e => e is { SubEventType: "Attack", Fatalities: 1 });

    [GazetteerFact]
    public void A_figure_in_another_report_wins() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "قتل مسلحون مجهولون ثلاثة مدنيين في مدينة طرابلس شمالي لبنان يوم الجمعة. وأطلق المسلحون النار على أحدهم في مدينة طرابلس يوم الجمعة، ما أدى إلى مقتله.", "2018-06-02").Events,
            e => e is { SubEventType: "Attack", Fatalities: 3 });
}
