using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// How an act is to be done ("كيفية استعادة بقية اليمن", "سبل مواجهة") is talk of it, and a nuclear bomb set off
/// ("تفجير أول قنبلة نووية") a test or 1945 — neither an event of this news. Roads cut by a crowd ("قطع المحتجون الطرق
/// وأحرقوا إطارات") are no "ways" of doing it. Neither are the ways of carrying it out ("طرق تنفيذ عمليات التفجير") nor
/// what someone is trained in ("تدريبه على …", "للتدريب على القتال").
/// </summary>
public class TalkOfActsTests
{
    [GazetteerFact]
    public void How_to_retake_the_rest_of_a_country_is_no_retaking() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وأوضح أن المهمة الأساسية هي كيفية استعادة بقية اليمن بعد تعز.", "2015-07-24").Events);

    [GazetteerFact]
    public void A_first_nuclear_bomb_set_off_is_no_bombing()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "تحل اليوم ذكرى إلقاء القنبلة الذرية على مدينة هيروشيما اليابانية عام 1945.\n" +
            "وكانت الهند قد سبقت باكستان في تفجير أول قنبلة نووية في شبه القارة الهندية.", "2015-08-06");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Roads_cut_by_protesters_are_no_ways_of_doing_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وفي مدينة إربد قطع المحتجون الطرق وأحرقوا إطارات السيارات.", "2018-06-01");
        Assert.Contains(doc.Events, e => e.SubEventType == "Violent demonstration");
    }

    [GazetteerFact]
    public void Ways_of_carrying_out_bombings_someone_was_trained_in_are_no_bombing()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "كما تم تدريبه على الغوص وطرق تنفيذ عمليات التفجير تحت سطح البحر في معسكرات الحرس الثوري بطهران.", "2015-07-25");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Fighting_someone_was_trained_for_is_no_battle()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وتم إرسال خبراء إيرانيين إلى محافظة صعدة للتدريب على القتال مع مسلحي الحوثي.", "2015-08-04");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Bombings_carried_out_are_still_bombings()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("ونفذ مسلحون مجهولون عمليات التفجير في مدينة الرقة أمس.", "2015-07-25");
        Assert.Contains(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
