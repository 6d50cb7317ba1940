using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أحد الجرحى الطلاب": the wounded named by what they are, the definite word right after theirs, were hit — they are
/// no agent of the bombing they tell of (which an unnamed group's stays).
/// </summary>
public class CasualtiesNamedByWhatTheyAreTests
{
    [GazetteerFact]
    public void Wounded_students_telling_of_a_bombing_did_not_set_it_off()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("روى أحد الجرحى الطلاب تفاصيل تفجير استهدف مسجدا في مدينة الطائف.", "2015-08-06");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
    }
}
