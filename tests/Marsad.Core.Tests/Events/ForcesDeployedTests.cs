namespace Marsad.Core.Tests.Events;

/// <summary>"ونشرت مدرعات لتعزيز مواقعها": armour deployed is nothing published — no claim's source; "نشرت الوكالة" still is.</summary>
public class ForcesDeployedTests
{
    [Fact]
    public void Armour_deployed_is_no_source() =>
        Assert.False(TestPipeline.Extract("أحكمت القوات الحكومية سيطرتها على مدينة الرقة ونشرت مدرعات لتعزيز مواقعها في المدينة.", "2015-08-10").Claims.ContainsKey(0));

    [Fact]
    public void An_agency_that_published_is_a_source() =>
        Assert.True(TestPipeline.Extract("ونشرت الوكالة أن القوات الحكومية سيطرت على مدينة الرقة.", "2015-08-10").Claims.ContainsKey(0));
}
