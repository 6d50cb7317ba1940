using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قوات الجيش الوطني والمقاومة الشعبية تمكنت من تحرير منطقة الكود": of allies joined by و before a verb of managing, the
/// first is its subject and the others join it — no ally is the side driven out; "استطاع" is such a verb as "تمكن" is;
/// a clause "إذ" opens goes on telling of the subject before it; and the aircraft and warships a backer lends
/// ("بمشاركة طيران وبارجات التحالف العربي") make it no side acted on.
/// </summary>
public class CoordinatedSubjectManagedTests
{
    [GazetteerFact]
    public void The_first_of_the_allies_managed_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر إن قوات الجيش الوطني والمقاومة الشعبية تمكنت من تحرير منطقة الكود.", "2015-08-10").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Military Forces of Yemen", e.Actor1?.PlainName);
        Assert.NotEqual("Popular Resistance (Yemen)", e.Actor2?.PlainName);
        Assert.NotEqual("Military Forces of Yemen", e.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void Ground_the_subject_was_able_to_take_after_fighting_is_taken()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر إن قوات الجيش الوطني استطاعت وبعد معارك عنيفة من السيطرة على منطقة الكود.", "2015-08-10").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
    }

    [GazetteerFact]
    public void A_clause_opened_by_idh_tells_of_the_subject_before_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر إن قوات الجيش الوطني والمقاومة الشعبية حققت تقدما كبيرا في محافظة أبين، إذ استطاعت وبعد معارك عنيفة من السيطرة على منطقة الكود.",
            "2015-08-10").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Military Forces of Yemen", e.Actor1?.PlainName);
    }

    [GazetteerFact]
    public void A_backers_aircraft_and_warships_make_it_no_foe()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر إن قوات الجيش الوطني سيطرت على منطقة الكود بمشاركة طيران وبارجات التحالف العربي.", "2015-08-10").Events);
        Assert.NotEqual("Coalition (Saudi-led)", e.Actor2?.PlainName);
    }
}
