using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ارتكبت ميليشيات الحوثي … مجزرة … في قصف عنيف بصواريخ الكاتيوشا": the side that committed the massacre is the agent
/// of the strike the sentence tells it in, not an unknown group.
/// </summary>
public class MassacreCommittedTests
{
    [GazetteerFact]
    public void The_side_that_committed_the_massacre_fired_the_rockets()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ارتكبت ميليشيات الحوثي وقوات الرئيس المخلوع علي عبدالله صالح أمس مجزرة راح ضحيتها 57 قتيلا بينهم 12 طفلا على الأقل، وأصيب نحو 225 آخرون بجروح بينهم 25 طفلا و15 امرأة في قصف عنيف بصواريخ الكاتيوشا استهدف أحياء دار سعد الواقع بين محافظتي عدن ولحج جنوب البلاد.",
            "2015-07-20").Events);
        Assert.Equal(("Houthi Movement", 57), (e.Actor1?.Name, e.Fatalities));
    }
}
