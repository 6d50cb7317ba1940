using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وبالتزامن مع هجوم سوروتش فجر انتحاري نفسه امس في سيارة مفخخة في جنوب مدينة كوباني": an attack named by its town
/// ("هجوم سوروتش") is the act the article tells at that town — the suicide bombing at Suruç — and no battle of its own.
/// </summary>
public class TownsAttackIsTheActThereTests
{
    [GazetteerFact]
    public void The_attack_named_for_the_town_is_the_bombing_told_there()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "32 قتيلا في هجومين انتحاريين على جانبي الحدود التركية - السورية\n"
            + "ندد الرئيس التركي رجب طيب أردوغان بالهجوم الانتحاري الذي أوقع أمس 30 قتيلا على الأقل ومئة جريح في مدينة سوروتش التركية قرب الحدود السورية ووصفه بأنه \"عمل إرهابي\".\n"
            + "وبالتزامن مع هجوم سوروتش فجر انتحاري نفسه امس في سيارة مفخخة في جنوب مدينة كوباني السورية الحدودية مع تركيا، وقال المرصد السوري لحقوق الانسان في بريد الكتروني \"فجر انتحاري نفسه بسيارة مفخخة على حاجز لوحدات حماية الشعب في جنوب كوباني\"، مشيرا الى مقتل عنصرين من الوحدات.",
            "2015-07-22").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Armed clash");
        Assert.Contains(events, e => e.SubEventType == "Suicide bomb" && e.Location?.Place?.Name == "Suruç");
    }
}
