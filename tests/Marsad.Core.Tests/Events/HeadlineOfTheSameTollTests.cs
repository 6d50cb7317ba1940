using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A headline act with the very toll of an act of its kind the body tells in the same country that day is that act's
/// headline, whatever town the headline names.
/// </summary>
public class HeadlineOfTheSameTollTests
{
    [GazetteerFact]
    public void The_headline_with_the_bodys_toll_is_its_headline()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(new Document(
            "قصف إسرائيلي يقتل عنصرين من حماس شرق غزة\n" +
            "قتل عنصران من حركة حماس أمس في غارة إسرائيلية على موقع للحركة في بلدة بيت لاهيا شمال قطاع غزة.",
            "test", new DateOnly(2018, 8, 7), title: "قصف إسرائيلي يقتل عنصرين من حماس شرق غزة"));
        Assert.Single(doc.Events, e => e.EventType == "Explosions/Remote violence");
    }
}
