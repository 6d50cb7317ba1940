using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Who was hit and who tells it: the dead "من «العمال الكردستاني»" are the party's men even with its name in quotes;
/// "وأنباء عن خسائر" names what the reports tell, not their source.
/// </summary>
public class QuotedDeadAndReportsOfTests
{
    [GazetteerFact]
    public void The_dead_of_a_party_named_in_quotes_are_its_men()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("مقتل 260 عضوًا من «العمال الكردستاني» في غارات جوية في شمال العراق", "2015-08-01").Events);
        Assert.Equal(("Kurdistan Workers' Party", 260), (e.Actor2?.Name, e.Fatalities));
        Assert.NotEqual("Kurdistan Workers' Party", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Reports_of_losses_name_no_source()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "كما تدور اشتباكات عنيفة بين قوات النظام وحزب الله اللبناني من جهة، والفصائل المقاتلة وجبهة النصرة من جهة أخرى، في اطراف حي جوبر، وانباء عن خسائر بشرية في صفوف الطرفين.",
            "2015-08-10").Events);
        Assert.Null(e.Claim?.Source);
    }
}
