using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "اغتيال ضابط سوري كبير": the one named right after the noun of assassinating is whom it killed, not its killer;
/// "أعلنت فصائل من المعارضة السورية اغتيال رئيس فرع الأمن السياسي": factions "of" the opposition are the rebels, and
/// the Political Security branch is Syria's security police.
/// </summary>
public class AssassinatedOfficerTests
{
    [GazetteerFact]
    public void The_officer_after_the_assassination_is_its_victim() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("اغتيال ضابط سوري كبير في حلب.", "2018-05-31").Events,
            e => e.Actor1?.Name == "Military Forces of Syria (2000-2024)");

    [GazetteerFact]
    public void Factions_of_the_opposition_killed_the_branch_head()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعلنت فصائل من المعارضة السورية، الخميس، اغتيال رئيس فرع الأمن السياسي في مدينة حلب (شمال غربي البلاد) المقدم سومر زيدان.", "2018-05-31").Events);
        Assert.Equal("Opposition Rebels (Syria)", e.Actor1?.Name);
        Assert.Equal("Police Forces of Syria (2000-2024)", e.Actor2?.Name);
    }
}
