using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل 5 مدنيين … في قصف عشوائي لميليشيات الحوثي": the strike's owner after it is its agent and the dead counted
/// before it are whom it hit — with في before the strike as with ب.
/// </summary>
public class KilledInTheirShellingTests
{
    [GazetteerFact]
    public void Civilians_killed_in_a_sides_shelling_are_its_target()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ومن جهة أخرى، قتل 5 مدنيين وأصيب 7 آخرون في قصف عشوائي لميليشيات الحوثي، على مناطق سكنية في قرية المنظر جنوبي مدينة الحديدة.", "2018-08-10").Events);
        Assert.StartsWith("Houthi", e.Actor1?.Name);
        Assert.Equal("Civilians (Yemen)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Leaders_killed_in_a_coalition_strike_were_hit_by_it()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل قياديان ميدانيان بارزان في صفوف مليشيات الحوثي الإيرانية، إلى جانب العشرات الآخرين، الجمعة، في قصف لمقاتلات التحالف العربي لدعم الشرعية في محافظة الحديدة.", "2018-09-07").Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
        Assert.StartsWith("Houthi", e.Actor2?.Name);
    }
}
