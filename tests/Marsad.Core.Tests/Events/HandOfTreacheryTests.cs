using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "صلاة الميت على الشهداء الذين طالتهم يد الغدر والعدوان في مسجد قوات الطوارئ": martyrs whom "the hand of treachery"
/// reached at a mosque, or at prayer ("أثناء أدائهم لصلاة الظهر"), died in a bombing no one is named for — the figure
/// tells the act. One man it "assassinated" on his way to prayer is no mosque bombing (the row takes the plural only).
/// </summary>
public class HandOfTreacheryTests
{
    [GazetteerTheory]
    [InlineData("أدى أمير منطقة عسير صلاة الميت على الشهداء الذين طالتهم يد الغدر والعدوان في مسجد قوات الطوارئ الخاصة بالمنطقة أمس.")]
    [InlineData("ودعت مقبرة الشرف في مدينة أبها عصر اليوم شهداء مسجد قوات الطوارئ الخاصة الذين طالتهم يد الغدر والعدوان أثناء أدائهم لصلاة الظهر يوم أمس.")]
    public void Martyrs_the_hand_of_treachery_reached_at_prayer_died_in_a_bombing(string sentence)
    {
        var bombing = Assert.Single(TestPipeline.ExtractWithRealGazetteer(sentence, "2015-08-07").Events);
        Assert.Equal("Remote explosive/landmine/IED", bombing.SubEventType);
        Assert.Equal("SA", bombing.Location?.Place?.CountryCode);
        Assert.Equal(new DateOnly(2015, 8, 6), bombing.Date.Date);
    }

    [GazetteerFact]
    public void One_man_it_assassinated_is_no_mosque_bombing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت الحركة أن المهندس اغتالته يد الغدر فجر السبت في كوالالمبور وهو في طريقه لصلاة الفجر في المسجد.", "2018-04-21").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
