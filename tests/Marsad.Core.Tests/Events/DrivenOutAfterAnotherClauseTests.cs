using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وحققت القوات تقدما، وطردت أمس مسلحي داعش وأنصارهم من آخر معاقلهم في الرمادي": a verb of driving out after a comma
/// whose subject the sentence named first; a clause of the days before ("خلال الأيام الأخيرة،") does not make the
/// next clause's taking a state; and a clause of what a side now holds ("، وباتت تسيطر على …") names no scenes of it.
/// </summary>
public class DrivenOutAfterAnotherClauseTests
{
    [GazetteerFact]
    public void The_subject_named_first_drove_them_and_their_allies_out()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وحققت القوات العراقية تقدما كبيرا، وطردت أمس مسلحي داعش وأنصارهم من آخر معاقلهم في مدينة الرمادي.", "2015-08-10").Events);
        Assert.Equal(("Government regains territory", "Military Forces of Iraq (2014-2022)", "Islamic State"), (e.SubEventType, e.Actor1?.Name, e.Actor2?.Name));
    }

    [GazetteerFact]
    public void Recent_days_before_a_comma_leave_the_next_taking_an_event()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "حققت القوات العراقية انتصارات خلال الأيام الأخيرة، وسيطرت أمس على مدينة هيت.", "2015-08-10").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
    }

    [GazetteerFact]
    public void What_a_side_now_holds_is_no_scene_of_the_taking()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "طردت القوات العراقية مسلحي داعش من مدينة هيت أمس، وباتت تسيطر على الرمادي والفلوجة.", "2015-08-10").Events);
        Assert.Equal("Hīt", e.Location?.Place?.Name);
    }
}
