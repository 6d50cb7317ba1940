using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// People an arrest takes, counted by their nationality ("عشرة فلسطينيين", "23 شخصا من التابعية السورية"), are civilians of
/// their country, not of the place where they were taken (Jerusalem, Arsal).
/// </summary>
public class PeopleCountedByNationalityTests
{
    [GazetteerFact]
    public void Palestinians_arrested_in_jerusalem_are_palestinian_civilians()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("اعتقل الجيش الاسرائيلي أمس عشرة فلسطينيين في مدينة القدس.", "2015-08-11").Events);
        Assert.Equal("Civilians (Palestine)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void People_of_a_nationality_named_after_them_are_of_that_country()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("اعتقل الجيش اللبناني أمس 23 شخصا من التابعية السورية في بلدة عرسال.", "2015-07-25").Events);
        Assert.Equal("Civilians (Syria)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void People_counted_by_no_nationality_are_of_the_place()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("اعتقل الجيش اللبناني أمس 23 شخصا في بلدة عرسال.", "2015-07-25").Events);
        Assert.Equal("Civilians (Lebanon)", e.Actor2?.Name);
    }
}
