using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "هدمت جرافات الاحتلال الإسرائيلي صباح اليوم منزلين في بلدة يطا": homes a force destroyed, its subject right by the
/// verb, are property destruction against the people of the place, though no owner is named; a practice reported
/// ("يكثف هدم المنازل") or a decision ("قرار هدم") is none.
/// </summary>
public class HomesDestroyedTests
{
    [GazetteerTheory]
    [InlineData("هدمت جرافات الاحتلال الإسرائيلي صباح اليوم منزلين قيد الإنشاء في بلدة يطا جنوب الخليل.", "Military Forces of Israel (2009-2021)", "Civilians (Palestine)")]
    [InlineData("هدمت القوات المسلحة المصرية عشرات المنازل في مدينة رفح بشمال سيناء.", "Military Forces of Egypt (2014-)", "Civilians (Egypt)")]
    public void Homes_a_force_destroyed_are_the_places_people_s(string text, string force, string owners)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-01").Events);
        Assert.Equal("Looting/property destruction", e.SubEventType);
        Assert.Equal(force, e.Actor1!.Name);
        Assert.Equal(owners, e.Actor2!.Name);
    }

    [GazetteerTheory]
    [InlineData("وقالت المنظمة إن الجيش المصري يكثف هدم المنازل في مدينة رفح بشمال سيناء.")]
    [InlineData("وأعلنت السلطات الأردنية اتخاذها لقرار هدم ما تبقى من المنزل في مدينة السلط.")]
    public void A_practice_or_a_decision_destroys_nothing(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-01").Events, e => e.SubEventType == "Looting/property destruction");
}
