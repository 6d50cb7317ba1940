using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "قصف مواقعنا في مناطق زاب وآفاشين وقنديل": the PKK's areas on Iraq's border with Turkey, named in every report of a
/// Turkish strike, are places of their own (data/geo/places-extra.tsv) — each its own strike, not three at Qandil.
/// </summary>
public class BorderAreasOfThePkkTests
{
    [GazetteerFact]
    public void Zap_Avashin_and_Qandil_are_three_scenes()
    {
        var places = TestPipeline.ExtractWithRealGazetteer(
            "وقال المتحدث إن الطائرات التركية بدأت منذ الليلة قبل الماضية في قصف مواقعنا في مناطق زاب وآفاشين وقنديل على الشريط الحدودي بين العراق وتركيا.",
            "2015-07-25").Events.Select(e => e.Location?.Place?.Name).ToList();
        Assert.Contains("Zap", places);
        Assert.Contains("Avashin", places);
        Assert.Contains("Qandil Mountains", places);
    }
}
