using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The side a verb of accusing names last before the act it charges ("اتهمت إسرائيل … بشن غارة جوية") is the act's
/// agent, not the fighters the sentence goes on to place at the target.
/// </summary>
public class AccusedOfTheActTests
{
    [GazetteerFact]
    public void The_accused_struck_the_base()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وكانت دمشق اتهمت إسرائيل في التاسع من نيسان/أبريل بشن غارة جوية استهدفت مطار التيفور العسكري في محافظة حمص (وسط)، حيث يتواجد مقاتلون إيرانيون ومن حزب الله اللبناني، ما تسبب بمقتل سبعة إيرانيين.",
            "2018-04-17").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_accused_fired_missiles() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "ويوم الثلاثاء، اتهمت وسائل إعلام سورية إسرائيل بإطلاق صواريخ على هدف بالقرب من العاصمة دمشق.", "2018-05-09").Events,
            e => e.Actor1?.Name.StartsWith("Military Forces of Israel") == true);
}
