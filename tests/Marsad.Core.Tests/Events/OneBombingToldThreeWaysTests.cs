namespace Marsad.Core.Tests.Events;

/// <summary>
/// A suicide bombing told in a headline ("داعش يفجر حمام سباحة ويقتل 12 شخصاً"), at a region ("في شمال العراق") and at
/// its town (Tuz Khurmatu) on one day is one bombing at the town, the headline's agent its agent; and those who "prepare"
/// ("حيث يتأهبوا لهجوم يستهدف استعادة") have taken nothing yet.
/// </summary>
public class OneBombingToldThreeWaysTests
{
    private const string Article =
        "داعش يفجر حمام سباحة في طوز خورماتو ويقتل 12 شخصاً\n\n" +
        "قال مسؤول محلي ومصادر بالشرطة إن 12 شخصا على الأقل قتلوا اليوم السبت عندما هاجم انتحاريان حمام سباحة مزدحما في شمال العراق.\n" +
        "وقال رئيس بلدية طوز خورماتو إن مهاجما انتحاريا فجر سترته الناسفة في حمام سباحة كان يستحم فيه عشرات في طوز خورماتو.\n" +
        "وتركز قوات الأمن أنظارها على محافظة الأنبار حيث يتأهبوا لهجوم يستهدف استعادة الرمادي.";

    [Fact]
    public void The_bombing_is_one_at_the_town()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(Article, "2015-07-25");
        var bombing = Assert.Single(doc.Events);
        Assert.Equal("Suicide bomb", bombing.SubEventType);
        Assert.Equal(12, bombing.Fatalities);
        Assert.Equal("Islamic State", bombing.Actor1?.Name);
    }

    [Fact]
    public void Bombings_on_two_towns_stay_two()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقتل 12 شخصا اليوم في تفجير انتحاري في طوز خورماتو.\nوقتل خمسة آخرون اليوم في تفجير انتحاري في بعقوبة.", "2015-07-25");
        Assert.Equal(2, doc.Events.Count(e => e.SubEventType == "Suicide bomb"));
    }
}
