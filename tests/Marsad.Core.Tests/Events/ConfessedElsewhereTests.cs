using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ألقت الأجهزة الأمنية البحرينية القبض على مواطنين اثنين، اعترفا بأنهما تدربا في إيران على يد الحرس الثوري": what the
/// held confessed to was done elsewhere, by other hands — its place is no scene of the arrest, its "على يد" no arrester;
/// and "مواطنين", given the article's country for want of any, tie the arrest to no place abroad.
/// </summary>
public class ConfessedElsewhereTests
{
    [GazetteerFact]
    public void An_arrest_is_where_the_arresting_state_is_not_where_the_held_trained()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "كشفت وزارة الداخلية البحرينية أمس عن إحباطها لعملية تهريب كمية من المواد المتفجرة القادمة من طهران. " +
            "وألقت الأجهزة الأمنية البحرينية القبض على مواطنين اثنين، اعترفا بأنهما تدربا في إيران على يد الحرس الثوري.", "2015-07-26");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("BH", arrest.Actor1?.Country);
        Assert.Equal("BH", arrest.Location?.Place?.CountryCode);
    }
}
