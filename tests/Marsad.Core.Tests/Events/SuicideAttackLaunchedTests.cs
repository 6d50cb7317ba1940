using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "شن هجوما انتحاريا على معسكر للقوات التركية": one suicide attack launched — not an armed clash ("شن هجوما") beside a
/// suicide bombing ("انتحاريا").
/// </summary>
public class SuicideAttackLaunchedTests
{
    [GazetteerFact]
    public void A_suicide_attack_launched_is_one_suicide_bombing() =>
        Assert.Equal("Suicide bomb", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأوضحت وكالة الأناضول أن عناصر من الحزب شنوا هجوما انتحاريا على مخفر للدرك في قضاء دوغو بايزيد مما أسفر عن مقتل اثنين من الشرطة العسكرية.",
            "2015-08-03").Events).SubEventType);
}
