using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتلت ميليشيات الحوثي الخميس، زعيما قبليا", "قتلت فجر الأول من أمس، الشاب": a comma closing the day between a verb
/// of killing and its object leaves the object the one killed — a tribal leader a civilian, "the first of yesterday"
/// the day before yesterday.
/// </summary>
public class ObjectAfterTheDayAndCommaTests
{
    [GazetteerFact]
    public void A_tribal_leader_killed_after_the_day_and_a_comma_is_a_civilian_attacked()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتلت ميليشيات الحوثي الخميس، زعيما قبليا في مديرية همدان شمال صنعاء.", "2015-07-31").Events);
        Assert.Equal(("Attack", "Houthi Movement", "Civilians (Yemen)"), (e.SubEventType, e.Actor1?.Name, e.Actor2?.Name));
    }

    [GazetteerFact]
    public void The_subject_before_the_verb_the_day_before_yesterday_and_a_comma()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "يذكر أن قوات الاحتلال قتلت فجر الأول من أمس، الشاب محمد علي من بلدة يعبد قرب مدينة جنين.", "2015-07-31").Events);
        Assert.Equal(("Attack", new DateOnly(2015, 7, 29)), (e.SubEventType, e.Date.Date));
    }
}
