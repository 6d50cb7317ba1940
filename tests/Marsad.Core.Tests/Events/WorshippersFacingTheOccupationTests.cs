using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Clashes of Israel's forces with the crowd at Al-Aqsa or in Jerusalem, named as worshippers or youths ("المصلين",
/// "المرابطين", "الشبان") rather than as Palestinians, are a violent demonstration as ACLED codes them — the crowd's
/// rioters facing the forces — not a battle with no other side.
/// </summary>
public class WorshippersFacingTheOccupationTests
{
    [GazetteerFact]
    public void Clashes_between_the_occupation_forces_and_worshippers_are_a_riot()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وأغلقت سلطات الاحتلال أبواب المسجد الأقصى بعد تجدد المواجهات ما بين قوات الاحتلال والمرابطين داخل باحاته.", "2015-08-03");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Rioters (Palestine)", e.Actor1?.Name);
    }
}
