using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تزامنا مع بدء افتتاح قناة السويس": a place in a clause of what an act coincided with, no act of its own in it, is
/// that other matter's — no scene. A strike told in such a clause keeps its own place.
/// </summary>
public class CoincidedWithIsNoSceneTests
{
    [GazetteerFact]
    public void The_ceremony_the_strike_coincided_with_is_no_scene() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقتل ثمانية مسلحين في قصف جوي لمروحيات الأباتشي جنوب الشيخ زويد بشمال سيناء أمس، بعد أن تلقت أجهزة الأمن معلومات عن خلايا مسلحة تستعد لشن هجمات على الارتكازات الأمنية تزامنا مع بدء افتتاح قناة السويس، وعلى الفور تحركت المروحيات وتم قصف المعاقل الثلاثة.",
            "2015-08-06").Events, e => e.Location?.Place?.Name == "Suez Canal");

    [GazetteerFact]
    public void A_strike_in_the_coinciding_clause_keeps_its_place() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وتعرضت البلدة لقصف من قوات النظام أمس، تزامنا مع قصف مدفعي على مدينة إنخل في ريف درعا.",
            "2018-06-20").Events, e => e.Location?.Place?.Name == "Inkhil");
}
