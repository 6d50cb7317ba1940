using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تنظيم الدولة يعدم أول رهينة من مخطوفي السويداء": a hostage put to death is a killing by the one who held him
/// (ACLED's attack), dated to the news — not the abduction the noun names, nor the month the relative clause gives it.
/// </summary>
public class HostagePutToDeathTests
{
    [GazetteerFact]
    public void A_hostage_put_to_death_is_an_attack_on_the_day_of_the_news()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعدم تنظيم \"الدولة الإسلامية\"، أحد الرهائن الذين خطفهم من محافظة السويداء الشهر الماضي، وفق تقارير محلية.", "2018-08-05").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.StartsWith("Islamic State", e.Actor1?.Name);
        Assert.Equal(new DateOnly(2018, 8, 5), e.Date.Date);
    }

    [GazetteerFact]
    public void Hostages_taken_are_still_an_abduction()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "واحتجز مسلحو تنظيم الدولة الإسلامية عشرات الرهائن في محافظة السويداء الأربعاء.", "2018-07-26").Events);
        Assert.Equal("Abduction/forced disappearance", e.SubEventType);
    }
}
