using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مقتل أحد المواطنين، برصاص جنود": one of the civilians named after the noun of death, the comma before the gunfire, is
/// whom the soldiers' fire hit — as "مقتل مواطن، برصاص جنود" is.
/// </summary>
public class OneOfThemShotTests
{
    [Theory]
    [InlineData("استنكر الحلف واقعة مقتل أحد المواطنين، برصاص جنود في نقطة تفتيش في مدينة حلب أمس.")]
    [InlineData("استنكر الحلف واقعة مقتل مواطن، برصاص جنود في نقطة تفتيش في مدينة حلب أمس.")]
    public void One_of_the_citizens_killed_by_soldiers_fire_is_an_attack(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2015-08-02").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal(7, e.Actor2?.Inter);
        Assert.Equal(1, e.Fatalities);
    }
}
