using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ومن تحت أنقاض كل هذه العمليات المفخخة والتفجيرات": the demonstrative points, across the act noun the trigger
/// qualifies, at bombings summed up — a column's survey of the region's wars, no bombing in Sirte or Benghazi.
/// </summary>
public class AllTheseCarBombingsTests
{
    [GazetteerFact]
    public void A_column_summing_up_all_these_bombings_reports_none()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وليبيا في حالة غموض وصراع بين العسكر والمليشيات المسلحة في سرت وبنغازي، واليمن وصل الصراع فيه إلى حد الانقلاب على الشرعية والصدام المسلح، ومن تحت أنقاض كل هذه العمليات المفخخة والتفجيرات والدماء التي سالت تنبثق مواضيع شائكة، أخطرها تدخل إيران في شؤون المنطقة.",
            "2015-08-07").Events);
    }

    [GazetteerFact]
    public void A_car_bomb_that_went_off_is_still_told()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("انفجرت السيارة المفخخة قرب سوق شعبي في مدينة بنغازي صباح اليوم.", "2015-08-07").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
    }
}
