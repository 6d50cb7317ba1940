using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مقتل جنود إيرانيين بهجوم كردي قرب مريوان" over "هاجم مسلحون تابعون لحزب كوملة … ثكنة للحرس الثوري قرب مدينة مريوان": an
/// act the headline tells with no one named doing it, of the kind, place, day and side hit of one the body tells by a named
/// side, is that act's headline — one event, by the side the body names.
/// </summary>
public class UnnamedHeadlinesTests
{
    private const string Title = "مقتل جنود إيرانيين بهجوم كردي قرب مدينة مريوان";

    [GazetteerFact]
    public void The_headline_folds_into_the_bodys_attack() =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(new Document(
            Title + "\n\nهاجم مسلحون تابعون لحزب الحياة الحرة الكردستاني ليلة السبت ثكنة عسكرية للحرس الثوري الإيراني قرب مدينة مريوان غربي إيران.",
            "marivan", new DateOnly(2015, 8, 1), title: Title)).Events);
}
