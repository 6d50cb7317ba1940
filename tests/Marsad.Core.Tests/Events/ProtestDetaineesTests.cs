using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "السودان يفرج عن عشرات من معتقلي \"احتجاجات الخبز\"": protests named by the people detained at them are known
/// ones spoken of, not a protest reported; the protest the sentence reports stays one.
/// </summary>
public class ProtestDetaineesTests
{
    [GazetteerFact]
    public void Protests_named_by_their_detainees_are_not_reported_here()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أفرجت السلطات السودانية عن عشرات من معتقلي \"احتجاجات الخبز\" في الخرطوم.", "2018-02-19");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Protests");
    }

    [GazetteerFact]
    public void A_protest_the_sentence_reports_stays_one()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وخرجت احتجاجات في الخرطوم الخميس ضد ارتفاع أسعار الخبز.", "2018-02-19");
        Assert.Contains(doc.Events, e => e.EventType == "Protests");
    }
}
