namespace Marsad.Core.Tests.Events;

// An expert or analyst comments: what he tells with no day of its own is an argument, not a report.
public class AnalystsTests
{
    [Fact]
    public void An_analyst_s_undated_account_is_no_event()
    {
        var doc = TestPipeline.Extract("ويقول الخبير العسكري مايكل أوهانلون إن قوات الجيش السوري قصفت مواقع تنظيم داعش في مدينة الرقة.", "2018-03-21");
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void A_dated_act_an_analyst_tells_is_still_an_event()
    {
        var doc = TestPipeline.Extract("ويقول الخبير العسكري مايكل أوهانلون إن قوات الجيش السوري قصفت مواقع تنظيم داعش في مدينة الرقة أمس.", "2018-03-21");
        Assert.NotEmpty(doc.Events);
    }
}
