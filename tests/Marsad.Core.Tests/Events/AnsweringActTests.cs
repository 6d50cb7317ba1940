using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وشنت الولايات المتحدة وبريطانيا وفرنسا فجر اليوم، ضربات عسكرية على أهداف للنظام السوري في دمشق وحمص، ردا على هجوم
/// كيماوي": the strong words of the act answered do not silence the answering one; its subject stands past its partners
/// and the time of day; the day and the dead told after "ردا على" are the answered act's.
/// </summary>
public class AnsweringActTests
{
    [GazetteerFact]
    public void Strikes_answering_a_chemical_attack_are_struck()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وشنت الولايات المتحدة وبريطانيا وفرنسا فجر اليوم، ضربات عسكرية على أهداف للنظام السوري في دمشق وحمص، ردا على هجوم كيماوي مفترض في دوما.", "2018-04-14");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Actor1?.Name?.StartsWith("Military Forces of the United States") == true
                                         && e.Location?.Place?.Name == "Damascus");
    }

    [GazetteerFact]
    public void The_answered_attacks_dead_and_day_are_not_the_strikes()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "ونفذت قوات أميركية وبريطانية وفرنسية ضربات جوية ضد سوريا في وقت مبكر من السبت، ردا على هجوم كيماوي قبل أسبوع أسفر عن مقتل 40 شخصا في دوما.", "2018-04-14");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Null(strike.Fatalities);
        Assert.Equal(new DateOnly(2018, 4, 14), strike.Date.Date);
    }
}
