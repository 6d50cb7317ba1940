using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The arrest of a serial killer ("السفاحة") or of a murdered woman's killer ("شقيق القتيلة") is crime, which ACLED
/// leaves out — as the arrests of thieves and smugglers already were.
/// </summary>
public class MurderCaseArrestTests
{
    [GazetteerFact]
    public void A_serial_killer_arrested_is_no_event()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ألقت الشرطة الروسية أمس القبض على السفاحة الروسية في موسكو بعد 20 عاما من ارتكاب جرائمها.", "2015-08-04").Events);
    }

    [GazetteerFact]
    public void A_murdered_womans_brother_arrested_is_no_event()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأكد أن شقيق القتيلة هو من ارتكب الجريمة، وألقت الشرطة أمس القبض عليه في مدينة غزة.", "2015-08-09").Events);
    }

    [GazetteerFact]
    public void The_culprit_of_a_crime_arrested_is_no_event()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وباشرت الجهات الأمنية الحادث في مدينة حائل أمس وقبضت على الجاني كما تم ضبط السلاح المستخدم.", "2015-08-03").Events);
    }

    [GazetteerFact]
    public void Militants_arrested_are_still_an_event()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("ألقت الشرطة أمس القبض على خمسة مسلحين في مدينة غزة.", "2015-08-09").Events);
        Assert.Equal("Arrests", e.SubEventType);
    }
}
