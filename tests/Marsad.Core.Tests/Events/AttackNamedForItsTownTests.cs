using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تركيا تعد بتعزيز أمنها بعد هجوم سوروج الانتحاري": an attack named for its town, the town written by its sound, is
/// there (Suruç); and "القبض على أحد المخططين لتنفيذ هجوم "ريحانلي" … في محافظة اللاذقية" arrested him where the sentence
/// says, not in the town the attack is named for.
/// </summary>
public class AttackNamedForItsTownTests
{
    [GazetteerFact]
    public void An_attack_named_for_a_foreign_town_is_there()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("تركيا تعد بتعزيز أمنها بعد هجوم سوروج الانتحاري الذي أودى بحياة 32 شخصا يوم الاثنين.", "2015-07-22");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Suruç" && e.Fatalities == 32);
    }

    [GazetteerFact]
    public void The_town_an_attack_is_named_for_is_no_scene_of_an_arrest_placed_elsewhere()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("ألقت المخابرات التركية القبض على أحد المخططين لتنفيذ هجوم \"ريحانلي\"، فيما أسمتها وكالة الأناضول بعملية ناجحة في محافظة اللاذقية.", "2018-09-12");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("SY", arrest.Location?.Place?.CountryCode);
    }
}
