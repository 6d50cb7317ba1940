namespace Marsad.Core.Tests.Events;

/// <summary>
/// "هجوم انتحاري نسبته الحكومة الى تنظيم الدولة الاسلامية": the side an act is ascribed to, the ascriber between the verb
/// and "إلى", did it; and "الانتحاري" told again with no day of its own ("قالت السلطات ان الانتحاري شاب تركي") is the
/// bomber of the bombing the article dates, no second bombing.
/// </summary>
public class AscribedToASideTests
{
    [Fact]
    public void The_side_after_the_ascriber_did_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقع هجوم انتحاري دام في سوروتش الاثنين نسبته الحكومة الى تنظيم الدولة الاسلامية.", "2015-07-24");
        var bombing = Assert.Single(doc.Events, e => e.SubEventType == "Suicide bomb");
        Assert.Equal("Islamic State", bombing.Actor1?.Name);
    }

    [Fact]
    public void The_bomber_told_again_is_the_dated_bombings()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وتأتي هذه المواجهة بعد ثلاثة ايام على الهجوم الانتحاري الذي اوقع 32 قتيلا في سوروتش قبيل ظهر الاثنين.\n" +
            "وقالت السلطات التركية ان الانتحاري في سوروتش شاب تركي يبلغ من العمر 20 عاما.", "2015-07-24");
        var bombing = Assert.Single(doc.Events, e => e.SubEventType == "Suicide bomb");
        Assert.Equal(new DateOnly(2015, 7, 20), bombing.Date.Date);
    }

    [Fact]
    public void Two_bombers_of_today_are_no_bombing_of_last_week()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "واستهدف تفجيران انتحاريان نقطة تفتيش للجيش في بغداد.\n" +
            "وجاءت الهجمات بعد أقل من اسبوع على تفجير انتحاري وقع الجمعة في بغداد.", "2015-07-23");
        Assert.Equal(2, doc.Events.Count(e => e.SubEventType == "Suicide bomb"));
    }
}
