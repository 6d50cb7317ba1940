using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ألقت المقاومة الشعبية في عدن القبض على عشرات الحوثيين": "القبض" after the subject's place is the object of "ألقى",
/// no participle describing the place ("الغوطة المحاصرة") — an arrest of an armed side. A man arrested for a crime
/// ("ألقت الجهات الأمنية بجدة القبض على شخص") stays out.
/// </summary>
public class ArrestTakenAfterThePlaceTests
{
    [GazetteerFact]
    public void The_arrest_of_an_armed_side_after_the_place_is_told()
    {
        var arrest = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ألقت المقاومة الشعبية في عدن القبض على عشرات الحوثيين والموالين لصالح بينهم قيادات بارزة.", "2015-07-23").Events);
        Assert.Equal("Arrests", arrest.SubEventType);
        Assert.Equal("Popular Resistance (Yemen)", arrest.Actor1?.Name);
        Assert.Equal("Houthi Movement", arrest.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_man_arrested_after_the_place_for_a_crime_is_no_event()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ألقت الجهات الأمنية بجدة القبض على شخص يردد عبارات بذيئة في مهرجان جدة التاريخي.", "2015-07-23").Events);
    }
}
