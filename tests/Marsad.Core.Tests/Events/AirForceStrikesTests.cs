using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سلاح الجو" is the air force: its shelling of a town is an air strike ("الجو", the air itself, flies as "جوي" does).
/// </summary>
public class AirForceStrikesTests
{
    [GazetteerFact]
    public void The_air_force_struck_from_the_air()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقال إن سلاح الجو السوري قصف مناطق في مدينة الزبداني أمس.", "2015-07-22").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void An_air_powers_strike_named_by_its_pronoun_is_flown()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وتأتي تصريحات الوزير الإسرائيلي في الوقت الذي تستعد فيه إسرائيل لرد إيراني على قصفها لمواقع عسكرية قرب مدينتي حمص وحلب السوريتين، والذي قتل فيه عدد من الضباط الإيرانيين وفقا لما ذكره المرصد السوري لحقوق الإنسان.", "2018-05-07");
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e =>
        {
            Assert.Equal("Air/drone strike", e.SubEventType);
            Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
        });
    }

    [GazetteerFact]
    public void The_air_forces_aircraft_that_destroyed_hideouts_struck()
    {
        // ("طائرات القوة الجوية": the air force's aircraft, a weak aircraft noun that a verb of destroying makes a strike)
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأشار القائد إلى أن طائرات القوة الجوية العراقية تمكنت من تدمير 4 أوكار لتنظيم داعش في منطقة الفلاحات شرق الرمادي.", "2015-08-06").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
    }
}
