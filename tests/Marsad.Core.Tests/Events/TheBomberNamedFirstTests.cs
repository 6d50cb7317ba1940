using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "كشفت وزارة الداخلية هوية الانتحاري الذي فجر نفسه …" and then "تفجيرا انتحاريا وقع يوم الخميس": a suicide bomber
/// the article names with the article ("the bomber"), with no day of his own, told before the bombing it dates, is that
/// bombing — one event on its day, not a second one on the publication day. Two bombings told as new ("تفجيران
/// انتحاريان") stay apart from one the article dates the week before. And a blast the article dates ("حدوث تفجير يوم
/// الخميس"), then the suicide belts a later sentence with no day finds it came from, is one suicide bombing on Thursday.
/// </summary>
public class TheBomberNamedFirstTests
{
    [GazetteerFact]
    public void The_bomber_named_before_his_dated_bombing_is_that_bombing()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "كشفت وزارة الداخلية هوية الانتحاري الذي فجر نفسه داخل مسجد في مدينة أبها. وقال المتحدث الأمني إن تفجيرا انتحاريا " +
            "وقع يوم الخميس في مسجد مقر قوة الطوارئ في منطقة عسير، ما أسفر عن مقتل 15 شخصا.", "2015-08-09");
        var bombing = Assert.Single(doc.Events, e => e.SubEventType == "Suicide bomb");
        Assert.Equal(new DateOnly(2015, 8, 6), bombing.Date.Date);
        Assert.Equal(15, bombing.Fatalities);
    }

    [GazetteerFact]
    public void New_bombings_told_before_an_older_one_stay_apart()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "واستهدف تفجيران انتحاريان نقطة تفتيش في بغداد. وجاءت الهجمات بعد أقل من اسبوع على تفجير انتحاري وقع الجمعة في بغداد.",
            "2016-01-12");
        Assert.Equal(2, doc.Events.Count(e => e.SubEventType == "Suicide bomb"));
    }

    [GazetteerFact]
    public void A_dated_blast_then_its_suicide_belts_is_one_suicide_bombing()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أعلنت وزارة الداخلية حدوث تفجير يوم الخميس في مسجد مقر قوة الطوارئ في منطقة عسير، مما نتج عنه مقتل 15 شخصا.. " +
            "رحم الله الشهداء، وقد تم العثور في الموقع على أشلاء يعتقد أنها ناتجة عن تفجير بأحزمة ناسفة.", "2015-08-09");
        var bombing = Assert.Single(doc.Events);
        Assert.Equal("Suicide bomb", bombing.SubEventType);
        Assert.Equal(new DateOnly(2015, 8, 6), bombing.Date.Date);
    }
}
