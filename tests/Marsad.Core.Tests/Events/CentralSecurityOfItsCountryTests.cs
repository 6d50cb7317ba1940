using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الأمن المركزي" (Central Security) is a police force in Egypt and in Yemen alike: with no nationality named it is the
/// police of the country the act is in, not Egypt's everywhere.
/// </summary>
public class CentralSecurityOfItsCountryTests
{
    [GazetteerFact]
    public void Central_security_in_Yemen_is_Yemens_police()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اعتقلت قوات الأمن المركزي في مدينة الحديدة أمس عشرة مطلوبين.", "2018-06-28").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Yemen", e.Actor1?.PlainName);
    }

    [GazetteerFact]
    public void Central_security_in_Egypt_is_Egypts_police()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اعتقلت قوات الأمن المركزي في مدينة الإسكندرية أمس عشرة مطلوبين.", "2015-08-01").Events);
        Assert.StartsWith("Police Forces of Egypt", e.Actor1?.PlainName);
    }
}
