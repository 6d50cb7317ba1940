namespace Marsad.Core.Tests.Events;

/// <summary>
/// "22 قتيلاً بانفجار سيارة مفخخة في شمال أفغانستان" over "قتلوا في إقليم قندز … مساء أول من أمس عندما فجر انتحاري":
/// a headline's blast at a region, with no day, is the suicide bombing the article dates in a town of that country; and
/// the clause "لكنها قالت" opens is no part of a source's name.
/// </summary>
public class HeadlineBlastAtARegionTests
{
    [Fact]
    public void The_headline_blast_is_the_dated_bombing()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "22 قتيلاً بانفجار سيارة مفخخة في شمال أفغانستان\n\n" +
            "قال مسؤولون إن 22 شخصا على الأقل قتلوا في مدينة قندز مساء أول من أمس عندما فجر انتحاري سيارة مفخخة.", "2015-08-10");
        var bombing = Assert.Single(doc.Events);
        Assert.Equal("Suicide bomb", bombing.SubEventType);
        Assert.Equal(22, bombing.Fatalities);
    }

    [Fact]
    public void What_but_opens_is_no_part_of_the_source()
    {
        var doc = TestPipeline.Extract("ولم تؤكد الوزارة عدد القتلى لكنها قالت إن المهاجمين الأربعة قتلوا في الرقة.", "2015-08-10");
        Assert.DoesNotContain("لكنها", doc.Claims[0].DisplayName);
    }
}
