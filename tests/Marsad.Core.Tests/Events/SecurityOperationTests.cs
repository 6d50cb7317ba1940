using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "لقي 14 من عناصر داعش مصرعهم خلال عملية أمنية نفذتها قوة عراقية": a security operation a state's force ran, the
/// dead an armed group's men, is the force's clash with them; the hideouts it destroyed are no one's dead; an
/// operation met to be discussed is none.
/// </summary>
public class SecurityOperationTests
{
    [GazetteerFact]
    public void Operation_run_by_a_national_force_is_its_clash_with_the_dead()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "لقي 14 من عناصر داعش مصرعهم، ودمرت ثلاث مضافات، خلال عملية أمنية نفذتها قوة عراقية وبمشاركة طيران الجيش العراقي في منطقة الحويجة.", "2018-03-27");
        var clash = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.StartsWith("Military Forces of Iraq", clash.Actor1?.Name);
        Assert.Equal("Islamic State", clash.Actor2?.Name);
        Assert.Equal(14, clash.Fatalities);
    }

    [GazetteerFact]
    public void Operations_a_meeting_is_to_discuss_are_no_clash()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قالت وزارة الخارجية التركية إن تركيا طلبت من حلف الناتو عقد اجتماع طارئ لبحث عملياتها الأمنية ضد تنظيم داعش في سوريا.", "2015-07-26");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash");
    }
}
