using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>A head of state or government announcing ground taken announces his state's forces' taking.</summary>
public class LeaderAnnouncedTests
{
    [GazetteerFact]
    public void Prime_minister_announcing_a_liberation_names_his_army()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أعلن رئيس الوزراء العراقي حيدر العبادي، الأحد، تحرير مدينة الموصل بالكامل.", "2017-07-10");
        var taken = Assert.Single(doc.Events, e => e.SubEventType == "Government regains territory");
        Assert.StartsWith("Military Forces of Iraq", taken.Actor1?.Name);
    }

    [GazetteerFact]
    public void Quoted_control_announced_by_a_president_is_his_forces()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أعلن الرئيس التركي، في خطاب له، الأحد، عن \"السيطرة الكاملة\" على مركز مدينة عفرين السورية.", "2018-03-18");
        Assert.Contains(doc.Events, e => e.Actor1?.Name?.StartsWith("Military Forces of Turkey") == true && e.Location?.Place?.Name == "‘Afrīn");
    }

    [GazetteerFact]
    public void A_battle_the_president_announces_is_no_ground_taken()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أعلن رئيس الوزراء العراقي حيدر العبادي، الأحد، انطلاق معركة تحرير مدينة الموصل.", "2017-07-10");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Government regains territory");
    }
}
