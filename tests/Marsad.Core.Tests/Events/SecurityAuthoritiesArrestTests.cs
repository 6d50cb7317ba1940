using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ألقت الجهات الأمنية القبض على شخصين": "the security authorities" are the police of the place, as "الأجهزة الأمنية"
/// are.
/// </summary>
public class SecurityAuthoritiesArrestTests
{
    [GazetteerFact]
    public void The_security_authorities_arrest_two_men_in_Qatif()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "فيما ألقت الجهات الأمنية القبض على شخصين في القطيف للاشتباه بعلاقتهما بالجريمة.", "2015-07-31").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Police Forces of Saudi Arabia", e.Actor1?.Name);
    }
}
