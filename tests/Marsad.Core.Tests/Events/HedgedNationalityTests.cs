using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إن طائرة حربية، يعتقد أنها روسية، قصفت مدينة حرستا": the nationality a source believes the aircraft had, told
/// between commas before the verb of striking, names the striker — as it does after a strike noun ("غارات يعتقد أنها
/// إسرائيلية").
/// </summary>
public class HedgedNationalityTests
{
    [GazetteerFact]
    public void A_hedged_nationality_before_the_verb_names_the_striker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقال مدير مركز الدفاع المدني إن طائرة حربية، يعتقد أنها روسية، قصفت مدينة حرستا، ما أدى إلى مقتل 11 مدنياً.", "2018-03-11").Events);
        Assert.StartsWith("Military Forces of Russia", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void An_aircraft_of_no_named_nation_stays_unidentified()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقال مدير مركز الدفاع المدني إن طائرة حربية قصفت مدينة حرستا، ما أدى إلى مقتل 11 مدنياً.", "2018-03-11").Events);
        Assert.DoesNotContain("Russia", e.Actor1?.Name ?? "");
    }
}
