using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "طهرت القوات العراقية مدينة الرمادي من داعش", "تمكنت القوات من تطهير المدينة": an area cleared of fighters is ground
/// regained. A purge of followers, an ethnic cleansing, mines cleared or a land cleansed of "terrorism" take no ground.
/// </summary>
public class AreaClearedTests
{
    [GazetteerTheory]
    [InlineData("طهرت القوات العراقية مدينة الرمادي من داعش.")]
    [InlineData("تمكنت القوات العراقية من تطهير مدينة الرمادي من مسلحي داعش.")]
    public void An_area_cleared_of_fighters_is_regained(string text)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-07").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }

    [GazetteerTheory]
    [InlineData("فشنت السلطات التركية في أنقرة حملة تطهير واسعة ضد أنصار غولن.")]
    [InlineData("وباشرت الفرق الهندسية التابعة للجيش العراقي تطهير مدينة الرمادي من الألغام والعبوات الناسفة التي زرعها داعش.")]
    [InlineData("وقال ظريف إن سوريا تقوم حاليا بتطهير جميع أراضيها من الإرهاب في إدلب.")]
    public void A_purge_or_a_mine_clearing_takes_no_ground(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-22").Events,
            e => e.SubEventType is "Government regains territory" or "Non-state actor overtakes territory");
}
