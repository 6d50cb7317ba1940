using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ألقى متظاهرون فلسطينيون الحجارة والزجاجات الحارقة قرب السياج الحدودي شرق غزة": rioters in the West Bank or Gaza with
/// no one named facing them face the occupying army, Israel's (ACLED's usual actor 2); elsewhere they face no one named.
/// </summary>
public class RiotersFaceTheOccupierTests
{
    [GazetteerFact]
    public void Rioters_in_gaza_face_the_israeli_army()
    {
        var riot = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وألقى متظاهرون فلسطينيون الحجارة والزجاجات الحارقة قرب السياج الحدودي شرق مدينة غزة الجمعة.", "2018-05-12").Events,
            e => e.SubEventType == "Violent demonstration");
        Assert.StartsWith("Military Forces of Israel", riot.Actor2?.Name);
    }

    [GazetteerFact]
    public void Rioters_elsewhere_face_no_one_unnamed()
    {
        var riot = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وألقى متظاهرون عراقيون الحجارة والزجاجات الحارقة على مبنى مجلس المحافظة في البصرة الجمعة.", "2018-09-08").Events,
            e => e.SubEventType == "Violent demonstration");
        Assert.DoesNotContain("Israel", riot.Actor2?.Name ?? "");
    }
}
