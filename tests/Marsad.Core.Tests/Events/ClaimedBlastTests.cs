using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "خرقها انفجار تبناه داعش في كركوك، وأودى بحياة 3 أشخاص": a blast an armed group claimed, the group named right after the
/// verb of claiming, is that group's bomb — though "انفجار" alone may be a gas cylinder's. A blast with no one claiming it
/// and nothing it hit or killed stays no event.
/// </summary>
public class ClaimedBlastTests
{
    [GazetteerFact]
    public void A_blast_a_group_claimed_is_its_bomb()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وجرت عملية التصويت في أجواء أمنية مستقرة نسبيا، خرقها انفجار تبناه داعش في كركوك، وأودى بحياة 3 أشخاص.", "2018-05-16");
        var blast = Assert.Single(doc.Events);
        Assert.Equal("Remote explosive/landmine/IED", blast.SubEventType);
        Assert.Equal("Islamic State", blast.Actor1?.Name);
        Assert.Equal(3, blast.Fatalities);
    }

    [GazetteerFact]
    public void A_blast_no_one_claimed_is_no_bomb() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وسمع دوي انفجار في كركوك مساء أمس.", "2018-05-16").Events);
}
