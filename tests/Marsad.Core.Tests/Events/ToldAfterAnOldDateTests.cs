using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الذي أمر في أبريل 2017 بهجوم صاروخي … بعدما شنت منه طائرات سورية هجوما كيماويا على خان شيخون": an act its sentence
/// does not date, told after a date well before the report, belongs to that past (an old date told after the act, of
/// someone it names — "اعتقل … الذي برز خلال ثورة 25 يناير 2011" — leaves it the report's).
/// </summary>
public class ToldAfterAnOldDateTests
{
    [GazetteerFact]
    public void An_undated_act_after_an_old_date_is_background() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وعلى النهج ذاته سار خلفه دونالد ترامب، الذي أمر في أبريل 2017 بهجوم صاروخي على مطار الشعيرات العسكري في ريف حمص، بعدما شنت منه طائرات سورية هجوما كيماويا على خان شيخون التابعة لمحافظة إدلب.",
            "2018-04-14").Events);
}
