using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الجيش الإسرائيلي يحتجز جثماني فلسطينيين قتلا الجمعة": holding the bodies of the dead detains no one — no arrest,
/// as holding ships or goods is none.
/// </summary>
public class BodiesHeldTests
{
    [GazetteerTheory]
    [InlineData("أكدت اللجنة الدولية للصليب الأحمر أن الجيش الإسرائيلي يحتجز جثماني فلسطينيين قتلا الجمعة الماضية على حدود قطاع غزة.")]
    [InlineData("واحتجزت الشرطة الإسرائيلية جثامين 12 فلسطينيا في مدينة القدس.")]
    public void Bodies_held_are_no_arrest(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2018-04-02").Events, e => e.SubEventType == "Arrests");

    [GazetteerFact]
    public void People_held_are_arrested() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("واحتجزت الشرطة الإسرائيلية 12 فلسطينيا في مدينة القدس.", "2018-04-02").Events,
            e => e.SubEventType == "Arrests");
}
