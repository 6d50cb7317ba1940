using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الهجوم الذي تحضر له القوات السورية على محافظة إدلب": an attack its side prepares or plans, told in the relative clause
/// right after its noun, is still to come — unlike the attack it launched ("الهجوم الذي شنته").
/// </summary>
public class AttackBeingPreparedTests
{
    [GazetteerFact]
    public void An_attack_being_prepared_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "يزداد الحديث عن الهجوم الذي تحضر له القوات السورية على محافظة إدلب (شمالي غرب البلاد)، آخر أبرز معاقل المعارضة في سوريا، بدعم من روسيا وإيران.",
            "2018-09-03").Events);

    [GazetteerFact]
    public void An_attack_launched_is_one() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر إن الهجوم الذي شنته القوات السورية على إدلب أمس أدى إلى مقتل خمسة مدنيين.", "2018-09-03").Events);
}
