using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقتل 20 شخصا الجمعة في اشتباكات عنيفة في محافظة مأرب": people killed in fighting whose sides the sentence does not
/// name died in a clash of the sides the article shows fighting in that country; with no such sides in the article
/// there is no clash to code.
/// </summary>
public class UntoldSidesOfAFightTests
{
    [GazetteerFact]
    public void Dead_of_a_fight_with_no_sides_named_fell_to_the_sides_the_article_shows_fighting()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قصفت ميليشيات الحوثي أحياء في مدينة تعز. واندلعت اشتباكات بين المقاومة الشعبية والحوثيين في مدينة تعز أمس. "
            + "وفي محافظة مأرب وسط البلاد قتل 20 شخصا الجمعة في اشتباكات عنيفة.", "2015-07-26").Events;
        var marib = Assert.Single(events, e => e.Location?.Surface.Contains("مأرب") == true);
        Assert.Equal("Armed clash", marib.SubEventType);
        Assert.Equal(20, marib.Fatalities);
        Assert.Equal("Houthi Movement", marib.Actor2!.Name);
    }

    [GazetteerFact]
    public void Dead_of_a_fight_with_no_sides_anywhere_make_no_clash() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وقتل 20 شخصا الجمعة في اشتباكات عنيفة في محافظة مأرب وسط اليمن.", "2015-07-26").Events);
}
