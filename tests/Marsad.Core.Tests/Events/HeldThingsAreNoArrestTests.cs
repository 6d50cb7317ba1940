using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "احتجز" detains people only when what it holds is people: identity cards, buses, the bodies of the dead or "a
/// foothold for itself" are no arrest.
/// </summary>
public class HeldThingsAreNoArrestTests
{
    private static Document Extract(string text, string published = "2018-07-25") => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void Buses_held_are_no_arrest() =>
        Assert.DoesNotContain(Extract("وذكرت مصادر محلية أن الحوثيين احتجزوا أمس 12 حافلة لنقل البضائع قرب مدينة الحديدة.").Events,
            e => e.SubEventType is "Arrests" or "Abduction/forced disappearance");

    [GazetteerFact]
    public void A_foothold_held_for_itself_is_no_abduction() =>
        Assert.DoesNotContain(Extract("وكان تنظيم داعش قد احتجز لنفسه موطئ قدم في ليبيا.").Events,
            e => e.SubEventType is "Arrests" or "Abduction/forced disappearance");

    [GazetteerFact]
    public void People_held_are_an_arrest() =>
        Assert.Contains(Extract("واحتجزت الشرطة الإسرائيلية أمس خمسة فلسطينيين في القدس.").Events, e => e.SubEventType == "Arrests");
}
