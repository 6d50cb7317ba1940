using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Names listed after two plural cues joined by و ("قرى ومزارع X وY") are a list of villages, those the gazetteer
/// lacks placed at their known neighbour; "حوش" heads a village's name as "تل" and "عين" do.
/// </summary>
public class VillagesAfterJoinedCuesTests
{
    [GazetteerFact]
    public void Each_village_of_the_list_is_a_place_of_its_own()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال مصدر عسكري إن عمليات الجيش السوري أسفرت أمس عن استعادة السيطرة على قرى ومزارع أوتايا وحوش الصالحية وحزرما وبيت نايم.",
            "2018-03-04");
        Assert.Equal(4, doc.Events.Count(e => e.SubEventType == "Government regains territory"));
    }

    [GazetteerFact]
    public void A_hawsh_name_takes_its_second_word()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("سيطرت قوات الحكومة على قريتي حوش زريقة وحوش الضواهرة في منطقة المرج.", "2018-03-02");
        Assert.Contains(doc.Places, p => p.Surface == "حوش زريقة");
        Assert.Contains(doc.Places, p => p.Surface == "وحوش الضواهرة" || p.Surface == "حوش الضواهرة");
    }
}
