namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ردا على غارات جوية إسرائيلية سابقة ضد قاعدة إيرانية", "في هجوم سابق": acts called earlier ones, with no article and
/// no day — earlier acts in general — are background, no event of the report; a former official is no earlier act.
/// </summary>
public class PreviousActsTests
{
    [Fact]
    public void Earlier_strikes_answered_are_background() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "ويعتقد أن القصف الصاروخي على مواقع الجيش في الجولان جاء ردا على غارات جوية إسرائيلية سابقة ضد قاعدة إيرانية قرب حمص.", "2018-06-02").Events,
            e => e.SubEventType == "Air/drone strike");

    [Fact]
    public void Earlier_strikes_that_are_the_subject_of_their_verb_stay() =>
        Assert.Contains(TestPipeline.Extract(
            "واستهدفت غارات سابقة لمقاتلات التحالف مواقع الحوثيين شمال مديرية حيس في محافظة الحديدة أمس.", "2018-06-03").Events,
            e => e.SubEventType == "Air/drone strike");

    [Fact]
    public void Strikes_of_the_day_stay() =>
        Assert.Contains(TestPipeline.Extract(
            "وشنت الطائرات الإسرائيلية أمس غارات جوية على مطار التيفور العسكري قرب حمص.", "2018-06-02").Events,
            e => e.SubEventType == "Air/drone strike");

    [Fact]
    public void The_killing_of_a_former_leader_stays() =>
        Assert.Contains(TestPipeline.Extract(
            "اغتال مسلحون مجهولون أمس قياديا سابقا في الحشد الشعبي وسط مدينة البصرة.", "2018-06-02").Events,
            e => e.SubEventType == "Attack");

    [Fact]
    public void The_arrest_of_a_former_minister_stays() =>
        Assert.Contains(TestPipeline.Extract(
            "واعتقلت الشرطة التركية أمس وزيرا سابقا في مدينة إسطنبول.", "2018-06-02").Events,
            e => e.SubEventType == "Arrests");
}
