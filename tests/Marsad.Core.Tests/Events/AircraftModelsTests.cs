using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An aircraft's model ("إف 16", "من نوع أباتشي") is neither a toll nor a break between the aircraft and the verb they
/// struck with: "طائرات الاحتلال من نوع إف 16 قصفت" counts no sixteen dead, and "طائرات … من نوع أباتشي استهدفت موقعا"
/// is an air strike.
/// </summary>
public class AircraftModelsTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void The_number_of_a_model_is_no_toll() =>
        Assert.Contains(Extract("وقال شهود إن طائرات إسرائيلية من طراز إف 16 قصفت موقعا في بيت لاهيا فجر اليوم.", "2015-07-21").Events,
            e => e.SubEventType == "Air/drone strike" && e.Fatalities is null);

    [GazetteerFact]
    public void Aircraft_of_a_model_that_targeted_a_site_struck_it() =>
        Assert.Contains(Extract("وقال مصدر أمني إن طائرات الاحتلال من نوع أباتشي استهدفت بصاروخين موقعا للتدريب في بلدة جباليا فجر اليوم.", "2015-07-21").Events,
            e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name.StartsWith("Military Forces of Israel", StringComparison.Ordinal) == true);
}
