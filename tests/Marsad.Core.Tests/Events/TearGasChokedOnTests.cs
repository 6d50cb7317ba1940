namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أصيبوا بحالات اختناق بالغاز السام … بالهراوات وقنابل الغاز": gas people choked on where the sentence tells of gas
/// canisters or tear gas fired at them is tear gas, no chemical weapon; a toxic gas a strike dropped stays one.
/// </summary>
public class TearGasChokedOnTests
{
    [Fact]
    public void Choking_on_gas_beside_gas_canisters_is_no_chemical_attack() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وأصيب عدد من الشبان بحالات اختناق بالغاز السام ورضوض، عقب اعتداء قوات الاحتلال عليهم بالهراوات وقنابل الغاز قرب باب العامود في القدس.",
            "2015-08-11").Events,
            e => e.SubEventType == "Chemical weapon");

    [Fact]
    public void Choking_on_gas_beside_tear_gas_is_no_chemical_attack() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وأصيب متظاهرون بالاختناق بالغازات السامة بعد أن أطلق الجنود الغاز المسيل للدموع عليهم في بلدة بلعين.",
            "2015-08-11").Events,
            e => e.SubEventType == "Chemical weapon");

    [Fact]
    public void Choking_on_a_toxic_gas_a_strike_dropped_stays_a_chemical_attack() =>
        Assert.Contains(TestPipeline.Extract(
            "وأصيب عشرات المدنيين بحالات اختناق بالغاز السام جراء قصف الطائرات الحربية بلدة دوما بقنابل الغاز السام أمس.",
            "2018-04-08").Events,
            e => e.SubEventType == "Chemical weapon");
}
