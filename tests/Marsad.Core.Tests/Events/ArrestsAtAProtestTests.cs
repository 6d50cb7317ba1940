using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تجمع نحو مائة شخص في بروكلين احتجاجا على مقتل براون واعتقلت الشرطة عددا منهم": arrests the sentence tells at a
/// gathering of protest are the police's intervention in it (ACLED: protest with intervention) — not arrests made after
/// it ("بعد اشتباكات بين الشرطة ومحتجين"), nor on a charge of inciting one.
/// </summary>
public class ArrestsAtAProtestTests
{
    [GazetteerFact]
    public void Arrests_at_a_protest_are_its_intervention()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("فرقت الشرطة مظاهرة في القاهرة أمس واعتقلت عشرين متظاهرا.", "2015-08-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("Protest with intervention", "Protesters (Egypt)"), (e.SubEventType, e.Actor1?.PlainName));
        Assert.StartsWith("Police Forces of Egypt", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Arrests_on_a_charge_of_inciting_protests_stay_arrests()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("واعتقلت الشرطة خمسة أشخاص بتهمة التحريض على التظاهر في القاهرة أمس.", "2015-08-10");
        Assert.Equal("Arrests", Assert.Single(doc.Events).SubEventType);
    }
}
