using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An act the article dates well before the report is background; the same act named again later — charged ("اتهامها
/// بتفجير"), answered for ("المسؤولية عن") or called a case ("جريمة التفجير") — with no day of its own is that old act.
/// </summary>
public class OldActRetoldTests
{
    private const string OldBombing =
        "اتهمت الحكومة العراقية جماعة مسلحة بالوقوف وراء التفجير الذي استهدف موكب وزير الداخلية في مدينة الموصل في 3 يناير الماضي. ";

    [GazetteerFact]
    public void The_old_bombing_charged_again_is_no_new_event()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            OldBombing + "وطالبت الجماعة الحكومة بالاعتذار عن اتهامها بتفجير موكب الوزير. وقال متحدث باسمها إن جريمة التفجير دبرتها أجهزة أجنبية.", "2018-04-20");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }

    [GazetteerFact]
    public void A_new_bombing_told_after_the_old_one_stays()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            OldBombing + "وفي سياق آخر، قتل خمسة أشخاص اليوم في تفجير عبوة ناسفة استهدف سوقا شعبية في مدينة الموصل.", "2018-04-20");
        Assert.Contains(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED" && e.Date.Date == new DateOnly(2018, 4, 20));
    }
}
