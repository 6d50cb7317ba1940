using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "ناقلة جنود مدرعة" is an armoured personnel carrier, "حاملة الطائرات" an aircraft carrier: a generic force noun after
/// a vehicle named by what it carries is part of the vehicle's name, not soldiers in the story.
/// </summary>
public class VehiclesNamedByTheirLoadTests
{
    private static List<string> Actors(string text) =>
        TestPipeline.Extract(text, "2015-07-26").Actors.Select(a => a.Actor.Name).ToList();

    [Theory]
    [InlineData("دمرت الغارات دبابات وناقلة جنود مدرعة تابعة للتنظيم.")]
    [InlineData("سلم المسلحون 3 ناقلات جنود مدرعة وقذائف هاون.")]
    public void A_personnel_carrier_is_no_soldiers(string text) =>
        Assert.DoesNotContain(Actors(text), name => name.StartsWith("Military Forces", StringComparison.Ordinal));

    [Fact]
    public void Soldiers_on_their_own_are_still_soldiers() =>
        Assert.Contains(Actors("قتل ثلاثة جنود في هجوم على حاجز."), name => name.StartsWith("Military Forces", StringComparison.Ordinal));
}
