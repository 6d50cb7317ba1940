using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// 'مؤكدين في حديثهم مع "الرياض" على أن التفجير في بيوت الله جريمة': the name in quotes the speakers talked with is the
/// paper, not the city — the bombing stays where the article put it.
/// </summary>
public class PaperTalkedWithTests
{
    [GazetteerFact]
    public void The_paper_talked_with_is_no_place() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "دان أعضاء هيئة كبار العلماء العمل الإرهابي الذي استهدف مسجدا في مقر قوات الطوارئ الخاصة بمنطقة عسير، ونتج عنه استشهاد عدد من منسوبي القوات، مؤكدين في حديثهم مع \"الرياض\" على أن التفجير في بيوت الله جريمة نكراء.",
                "2015-08-08").Events,
            e => e.Location?.Place?.Name == "Riyadh");
}
