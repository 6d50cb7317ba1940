using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "اعتقل تسعة مواطنين", "تم اعتقال خمسة أشخاص": people counted right after an arrest's verb, no one named taking them,
/// are its passive's subject — arrested by the police of the place, ACLED's default arrester, or under occupation by the
/// occupier's army; a side named right after the verb is the one arresting ("اعتقل تنظيم داعش 38 مواطنا").
/// </summary>
public class PassiveArrestTests
{
    [GazetteerFact]
    public void People_counted_after_the_verb_were_arrested_by_the_police_of_the_place()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("واعتقل خمسة أشخاص في مدينة بنزرت خلال عملية أمنية ليلية.", "2015-07-25").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Tunisia", e.Actor1!.Name);
        Assert.StartsWith("Civilians (Tunisia)", e.Actor2!.Name);
    }

    [GazetteerFact]
    public void Under_occupation_the_occupiers_army_arrested()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("فيما اعتقل تسعة مواطنين في مدينة نابلس.", "2015-08-05").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void A_side_named_after_the_verb_took_them() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("من ناحية أخرى، اعتقل تنظيم داعش 38 مواطنا في مناطق مختلفة بمدينة الموصل أمس.", "2015-07-20").Events,
            e => e.Actor1?.Name.StartsWith("Police Forces", StringComparison.Ordinal) == true);
}
