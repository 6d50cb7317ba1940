using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بدعم من الحكومة التي تمارس عملها من الرياض": where a side works from, like where a man lives in exile, is no scene
/// of the act; "أثناء توجهه إلى عمله في شركة بالقاهرة", where a man was going to work, still is.
/// </summary>
public class WhereAGovernmentWorksFromTests
{
    [GazetteerFact]
    public void The_seat_a_government_works_from_is_no_scene()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "واستمرت الاشتباكات في مدينة عدن حيث يواصل مقاتلو المقاومة الشعبية بدعم من الحكومة التي تمارس عملها من الرياض وتحالف تقوده السعودية الجهود للسيطرة على المدينة.", "2015-07-19");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Riyadh");
    }

    [GazetteerFact]
    public void The_work_a_man_was_going_to_is_where_he_was_taken()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("قالت الوزارة إن مسلحين خطفوا مواطنا كرواتيا أثناء توجهه إلى عمله في شركة فرنسية بالقاهرة يوم الأربعاء.", "2015-07-24");
        Assert.Equal("Cairo", Assert.Single(doc.Events).Location?.Place?.Name);
    }
}
