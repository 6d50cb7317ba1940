using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إن القوى الانفصالية الجنوبية اعتقلت قياديا كبيرا في حركة الحوثي": Yemen's southern separatist forces are the Southern
/// Movement (al-Hirak), the side that seized the Houthi leader — not unnamed, not the Houthis.
/// </summary>
public class SouthernSeparatistsTests
{
    [GazetteerFact]
    public void The_southern_separatist_forces_are_the_southern_movement()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قالت حركة المقاومة الشعبية في اليمن على حسابها الرسمي على تويتر إن القوى الانفصالية الجنوبية اعتقلت قياديا كبيرا في حركة الحوثي في عدن.",
            "2015-07-26").Events;
        var seized = Assert.Single(events);
        Assert.Equal("Southern Movement", seized.Actor1?.Name);
        Assert.Equal("Houthi Movement", seized.Actor2?.Name);
    }
}
