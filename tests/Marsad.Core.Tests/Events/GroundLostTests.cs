namespace Marsad.Core.Tests.Events;

/// <summary>
/// "فقد الحوثيون السيطرة على المدينة لصالح المقاومة": the side that lost the ground is the one it was taken from, the side
/// it went to took it; and "مصممة على مواصلة القتال" — determined to go on fighting — tells no fight.
/// </summary>
public class GroundLostTests
{
    [Fact]
    public void The_side_that_lost_control_is_the_one_it_was_taken_from()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وبعد ذلك بقليل فقد الحوثيون السيطرة على مدينة عدن لصالح المقاومة التابعة للرئيس هادي.", "2015-07-30");
        var taken = Assert.Single(doc.Events);
        Assert.Equal("Houthi Movement", taken.Actor2?.Name);
        Assert.Equal("Government regains territory", taken.SubEventType);
    }

    [Fact]
    public void A_side_that_took_control_still_took_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وسيطر الحوثيون على مدينة عدن أمس.", "2015-07-30");
        Assert.Equal("Houthi Movement", Assert.Single(doc.Events).Actor1?.Name);
    }

    [Fact]
    public void Determined_to_go_on_fighting_is_no_fight() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وقال الرئيس إن تركيا مصممة على مواصلة القتال ضد حزب العمال الكردستاني في شمال العراق.", "2015-08-01").Events);
}
