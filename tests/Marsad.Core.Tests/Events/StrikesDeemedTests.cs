using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "واعتبر الوزير الهجوم إرهابيا" deems a known act — comment, not its report. But "اعتبرت دمشق أن الضربات التي
/// نفذتها الولايات المتحدة … في محيط دمشق تنتهك القانون" deems a clause of its own, after "أن", whose act a relative
/// clause tells carried out: the strikes are reported (the 14 April 2018 strikes were told so).
/// </summary>
public class StrikesDeemedTests
{
    [GazetteerFact]
    public void Strikes_a_clause_tells_carried_out_are_reported_though_deemed_unlawful()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "اعتبرت دمشق السبت أن الضربات التي نفذتها الولايات المتحدة مع فرنسا وبريطانيا في محيط دمشق ووسط البلاد تنتهك القانون الدولي.",
            "2018-04-14");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Actor1!.Name.StartsWith("Military Forces of the United States"));
    }

    [GazetteerFact]
    public void An_attack_deemed_terrorist_is_still_no_report() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("واعتبر الوزير الهجوم إرهابيا وتعهد بملاحقة منفذيه في بغداد.", "2018-04-14").Events);

    [GazetteerFact]
    public void Strikes_an_air_power_carried_out_verb_first_are_its_strikes() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("نفذت الولايات المتحدة ضربات في محيط دمشق.", "2018-04-14").Events,
            e => e.SubEventType == "Air/drone strike" && e.Actor1!.Name.StartsWith("Military Forces of the United States"));

    [GazetteerFact]
    public void Blows_to_an_economy_are_no_strikes() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("ووجهت روسيا ضربات قاسية للاقتصاد في أوروبا.", "2018-04-14").Events);
}
