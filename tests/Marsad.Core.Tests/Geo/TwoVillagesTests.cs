using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "في غارات تركية على قريتين شمال غرب عفرين": "قريتين" is "two villages", not the Syrian town Al Qaryatayn, which the
/// news names after its cue ("مدينة القريتين").
/// </summary>
public class TwoVillagesTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2018-03-03");

    [GazetteerFact]
    public void Two_villages_are_no_town() =>
        Assert.DoesNotContain("Al Qaryatayn", Places("قتل 18 عنصرا يومي الخميس والجمعة في غارات تركية على قريتين شمال غرب عفرين."));

    [GazetteerFact]
    public void The_town_after_its_cue_is_the_town() =>
        Assert.Contains("Al Qaryatayn", Places("سيطرت قوات النظام على مدينة القريتين في ريف حمص الشرقي."));
}
