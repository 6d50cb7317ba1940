namespace Marsad.Core.Tests.Events;

/// <summary>
/// Clauses that say where an act was, and where it was not: the place a relative clause of witnessing hangs on
/// ("المساعدة العاجلة للعراق، الذي يشهد منذ أيام موجة احتجاجات") is the scene of what it witnessed, a country too, before a
/// town named earlier; what a concession sets against the act ("رغم الوعود التي قدمتها الحكومة المركزية في بغداد") is
/// told of another place, no scene of it.
/// </summary>
public class SceneClausesTests
{
    [Theory]
    [InlineData("ووجه العاهل السعودي في الرياض بتقديم المساعدة العاجلة لسوريا، التي تشهد منذ أيام موجة احتجاجات على تردي الخدمات.", "SY", null)]
    [InlineData("وتستمر الاحتجاجات في مدينة حلب بسبب نقص الخدمات، رغم الوعود التي قدمتها السلطات في مدينة حماة.", "SY", "Aleppo")]
    public void The_clause_around_the_act_names_its_scene(string text, string country, string? town)
    {
        var place = Assert.Single(TestPipeline.Extract(text, "2018-07-22").Events).Location!.Place!;
        Assert.Equal(country, place.CountryCode);
        if (town is not null) Assert.Equal(town, place.Name);
    }
}
