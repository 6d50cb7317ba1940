using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Weapons named but not used: camels seized "محملة بعدد من الأحزمة الناسفة" carry suicide belts, no bombing; "قائد
/// قوات الطائرات المسيرة" names a drone force, no drone strike — while "قواته شنت غارات" is a force that struck.
/// </summary>
public class WeaponsNamedNotUsedTests
{
    [GazetteerFact]
    public void Belts_loaded_on_seized_camels_are_no_bombing() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وضبط الجيش المصري جملين يستخدمهما المسلحون في نقل الدعم اللوجستي في المناطق الجبلية الوعرة وسط سيناء، محملة بعدد من الأحزمة الناسفة وأجهزة الاتصالات اللاسلكية.",
            "2018-05-10").Events, e => e.SubEventType == "Suicide bomb");

    [GazetteerFact]
    public void A_drone_force_named_is_no_drone_strike() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وكشف المصدر الأمني الإسرائيلي، أن قائد قوات الطائرات المسيرة التابعة للحرس الثوري كان بين قتلى مطار التيفور في ريف حمص وسط سوريا، الذي شهد غارات يعتقد أنها إسرائيلية قبل أيام.",
            "2018-04-17").Events, e => e.Actor1 is { IsUnidentified: true });

    [GazetteerFact]
    public void Its_forces_that_struck_still_struck()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعلن الجيش الوطني الليبي بقيادة المشير خليفة حفتر، أن قواته شنت غارات جوية ضد جماعات مسلحة حاولت السيطرة على حقول نفطية في شرق البلاد. وقال متحدث باسم الجيش الوطني الليبي، إن الضربات الجوية استهدفت أرتال الإمداد والتعزيزات التي حاولت المجموعات الإرهابية استقدامها إلى مناطق الهلال النفطي.",
            "2018-06-16").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
    }
}
