using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ألقت السلطات القبض على نحو 300 شخص بعد اشتباكات بين الشرطة ومحتجين": the people past an about-figure are whom the
/// arrest took, and arrests made after a clash are an event of their own beside it.
/// </summary>
public class ArrestsTheirOwnTests
{
    [GazetteerFact]
    public void Those_past_an_about_figure_are_the_arrested()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("ألقت الشرطة الإيرانية القبض على نحو 300 شخص في طهران.", "2018-02-20").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal(7, e.Actor2?.Inter);
    }

    [GazetteerFact]
    public void Arrests_after_a_clash_stand_beside_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "ألقت السلطات الإيرانية القبض على نحو 300 شخص بعد اشتباكات بين الشرطة ومحتجين من أتباع طريقة صوفية في طهران.", "2018-02-20");
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Contains(doc.Events, e => e.SubEventType == "Violent demonstration");
    }
}
