using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Strikes told again and their tolls: the bare "طيران التحالف" an article on Syria and Iraq reads as the US-led
/// coalition stays that coalition when a later sentence's strikes take it as their agent; fighter jets that "هاجمت" a
/// camp flew one air strike, not a strike and a clash; the dead "منذ اندلاع دوامة العنف" sum up a war, no attack's toll.
/// </summary>
public class StrikesToldAgainTests
{
    [GazetteerFact]
    public void The_coalition_told_before_is_the_one_read_there()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قوات التحالف الدولي تواصل غاراتها الجوية على مواقع داعش في سوريا والعراق\n" +
            "وأعلنت وزارة الدفاع في بيان لها اليوم أن طيران التحالف نفذ 9 غارات جوية مستخدمًا طائرات مقاتلة وطائرات بدون طيار في سوريا.\n" +
            "وأفاد البيان أن الغارات استهدفت مواقع داعش في الحسكة والرقة في سوريا.", "2015-07-31").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Coalition (US-led)", e.Actor1?.Name));
    }

    [GazetteerFact]
    public void Fighter_jets_that_attacked_flew_one_air_strike() =>
        Assert.Equal("Air/drone strike", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر أمنية إن طائرات تركية مقاتلة هاجمت مواقع حزب العمال الكردستاني في شمال العراق يوم الأحد.", "2015-07-27").Events).SubEventType);

    [GazetteerFact]
    public void The_dead_since_the_violence_began_are_no_toll_of_the_attack()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وذكرت مصادر رسمية تركية إن حزب العمال الكردستاني واصل من جهته شن هجمات على قوات الأمن التركية التي قتل نحو عشرين من أفرادها منذ اندلاع دوامة العنف الجديدة، وأضافت أن هجوما وقع مساء السبت في مدينة مديات في محافظة ماردين نسب إلى حزب العمال الكردستاني، أدى إلى مقتل شرطي وجرح آخر.",
            "2015-08-10").Events);
        Assert.Equal(1, e.Fatalities);
    }
}
