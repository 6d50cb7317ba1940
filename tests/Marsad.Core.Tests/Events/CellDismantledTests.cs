using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A cell a state force dismantled or seized, told with a finite verb split by its subject ("فككت الشرطة خلية",
/// "ضبطت الشرطة المغربية خلية إرهابية"), is its members' arrest: the verb that alone is only the weak seizure of weapons
/// gives way to the strong phrase it makes with its object.
/// </summary>
public class CellDismantledTests
{
    [Theory]
    [InlineData("فككت الشرطة خلية في مدينة حلب أمس.")]
    [InlineData("ضبطت الشرطة السورية خلية ارهابية في مدينة حلب أمس.")]
    public void A_cell_dismantled_is_an_arrest(string text)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2015-07-22").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Syria", e.Actor1?.Name);
    }

    [Fact]
    public void Weapons_seized_stay_no_arrest() =>
        Assert.DoesNotContain(TestPipeline.Extract("ضبطت الشرطة السورية أسلحة في مدينة حلب أمس.", "2015-07-22").Events, e => e.SubEventType == "Arrests");
}
