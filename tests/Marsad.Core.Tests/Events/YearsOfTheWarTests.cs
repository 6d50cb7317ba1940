using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "خلال سنوات النزاع" tells what the years of a war saw, no act of the day: evacuations and bombings told across them
/// are background.
/// </summary>
public class YearsOfTheWarTests
{
    [GazetteerFact]
    public void Evacuations_across_the_years_of_the_war_are_background() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("وخلال سنوات النزاع، شهدت مناطق سورية عدة بينها مدن وبلدات في الغوطة الشرقية قرب دمشق عمليات إجلاء لآلاف المقاتلين المعارضين والمدنيين بموجب اتفاقات مع القوات الحكومية.", "2018-03-11").Events,
            e => e.SubEventType == "Agreement");

    [GazetteerFact]
    public void An_evacuation_of_the_day_stands() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وبدأت الخميس عملية إجلاء المقاتلين المعارضين من بلدة حرستا في الغوطة الشرقية بموجب اتفاق مع القوات الحكومية.", "2018-03-22").Events,
            e => e.SubEventType == "Agreement" || e.SubEventType.Contains("territory", StringComparison.Ordinal));
}
