using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "جنود ماليين", "الجيش المالي": Mali's adjective names its forces — its bare name is not listed as a country, for
/// "مالي" is also "financial" ("دعما ماليا") and the gazetteer places "في مالي" anyway.
/// </summary>
public class MalianSoldiersTests
{
    [GazetteerFact]
    public void Malian_soldiers_killed_in_an_ambush_are_the_army_attacked()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل ثلاثة جنود ماليين في كمين نصبه مسلحون قرب تمبكتو أمس.", "2015-08-10").Events);
        Assert.Equal(("Armed clash", "Military Forces of Mali"), (e.SubEventType, e.Actor2?.Name));
    }

    [GazetteerFact]
    public void Financial_support_is_no_event()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "قدمت المملكة دعما ماليا كبيرا للجيش المالي أمس في باماكو.", "2015-08-10").Events);
    }
}
