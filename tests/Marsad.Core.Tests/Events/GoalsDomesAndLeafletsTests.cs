using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What was not done where it seems: a liberation worked at "حتى يتم تحرير أراضي الوطن" is a goal; the Iron Dome
/// ("القبة الحديدية") is no Libyan town; helicopters that "أسقطت منشورات" dropped leaflets and shot nothing down.
/// </summary>
public class GoalsDomesAndLeafletsTests
{
    [GazetteerFact]
    public void A_liberation_worked_at_until_done_is_a_goal() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأشارت المقاومة في بيان لها إلى أنه سيتم قطع جميع الإمدادات عن الميليشيات الحوثية وسيتم مساندة المقاومة الشعبية في محافظة الضالع وتعز وإب، حتى يتم تحرير أراضي الوطن كافة من الميليشيات الانقلابية.",
            "2015-08-07").Events);

    [GazetteerFact]
    public void The_iron_dome_is_no_town() =>
        Assert.DoesNotContain("Al Qubbah", TestPipeline.PlaceNames(
            "استهدفت فصائل فلسطينية مسلحة، إسرائيل، بقذيفتين صاروخيتين، السبت، تصدت القبة الحديدية لإحداهن وسقطت الأخرى في القطاع.", "2018-06-02"));

    [GazetteerFact]
    public void Leaflets_dropped_shoot_nothing_down() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "أسقطت مروحيات عسكرية سورية منشورات على منطقة الغوطة الشرقية، الخاضعة لسيطرة معارضين مسلحين، تحث فيها المدنيين على المغادرة.", "2018-02-23").Events);
}
