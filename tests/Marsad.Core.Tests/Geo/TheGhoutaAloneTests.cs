using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "الغوطة" alone is Eastern Ghouta: the 2018 news names it so hundreds of times and the western Ghouta not once, so a
/// strike told "في الغوطة" is placed there rather than lost for want of a place.
/// </summary>
public class TheGhoutaAloneTests
{
    [GazetteerFact]
    public void A_strike_in_the_Ghouta_is_placed_in_Eastern_Ghouta() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("أدى القصف السوري خلال الأيام الماضية إلى قتل العشرات من المدنيين في الغوطة.", "2018-02-22").Events,
            e => e.Location?.Place?.Name == "Eastern Ghouta");

    [GazetteerFact]
    public void The_western_Ghouta_keeps_its_own_name() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قصفت قوات النظام السوري بلدات في الغوطة الغربية أمس.", "2018-02-22").Places,
            p => p.Place?.Name == "Western Ghouta");
}
