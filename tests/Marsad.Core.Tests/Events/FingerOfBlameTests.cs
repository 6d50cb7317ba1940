using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وجهت وزارة الدفاع الروسية أصابع الاتهام إلى إسرائيل بضلوعها في الهجوم الجوي", "غارات … فيما أشارت أصابع الاتهام إلى
/// إسرائيل": the side the finger of blame points to — a state named by its country too, before or after the act — is
/// coded as its agent; the side that points it is not, and the finger itself is no claim source.
/// </summary>
public class FingerOfBlameTests
{
    [GazetteerFact]
    public void The_accused_state_not_the_accuser_is_the_striker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وجهت وزارة الدفاع الروسية أصابع الاتهام إلى إسرائيل، الإثنين، بضلوعها في الهجوم الجوي على قاعدة تيفور بحمص، صباح الإثنين.", "2018-04-09").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Blame_pointed_after_the_act_names_its_striker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل 10 مسلحين في غارات استهدفت مواقع عسكرية في ريف حماة، فيما أشارت أصابع الاتهام إلى إسرائيل.", "2018-04-09").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
        Assert.Null(e.Claim);
    }
}
