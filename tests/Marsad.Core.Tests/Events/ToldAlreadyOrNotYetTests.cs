using Marsad.Core.Tests.Geo;
using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Mentions of an act that add no event: one pointed back at ("هذه الغارات", "وتأتي الغارات"), one threatened or
/// called necessary or important, one awaited ("هجوم وشيك"); and a record over a month that ranks an act rather than sums up many.
/// </summary>
public class ToldAlreadyOrNotYetTests
{
    [Fact]
    public void Strikes_pointed_back_at_take_no_place_from_their_sentence()
    {
        var doc = TestPipeline.Extract(
            "شنت الطائرات الروسية غارات على مدينة حلب أمس.\nوتأتي هذه الغارات بعد يوم من قمة عقدت في مدينة حماة.", "2018-09-08");
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e => Assert.Equal("Aleppo", e.Location?.Place?.Name));
    }

    [Fact]
    public void Strikes_that_come_amid_something_are_the_ones_told()
    {
        var doc = TestPipeline.Extract(
            "شنت الطائرات الروسية غارات على مدينة حلب أمس.\nوجاءت الغارات تزامنا مع تقدم الجيش في مدينة حماة.", "2018-09-08");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Hama");
    }

    [Fact]
    public void An_attack_threatened_is_no_event() =>
        Assert.Empty(TestPipeline.Extract("وتصاعدت تهديدات النظام السوري وحليفته روسيا بشن هجوم على مدينة حلب.", "2018-09-08").Events);

    [Fact]
    public void An_imminent_attack_is_no_event() =>
        Assert.Empty(TestPipeline.Extract("وفر السكان من هجوم وشيك للجيش على مدينة حلب.\nوقتل مدنيان.", "2018-09-08").Events);

    [Fact]
    public void A_recapture_called_necessary_is_no_event() =>
        Assert.Empty(TestPipeline.Extract("وشدد الرئيسان على ضرورة استعادة الجيش السوري السيطرة على مدينة حلب.", "2018-09-08").Events);

    [GazetteerTheory]
    [InlineData("وهنا تبرز أهمية تحرير الجيش اليمني مدينة الحديدة من ميليشيات الحوثي.")]
    [InlineData("وأكد الاجتماع أهمية استعادة الجيش اليمني مدينة الحديدة من ميليشيات الحوثي.")]
    public void A_recapture_called_important_is_no_event(string sentence) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(sentence, "2018-07-26").Events);

    [Fact]
    public void The_fiercest_strikes_in_a_month_are_an_event() =>
        Assert.Contains(TestPipeline.Extract("وتعرضت مدينة حلب، السبت، لغارات جوية هي الأعنف منذ شهر.\nوقتل مدنيان.", "2018-09-08").Events,
            e => e.SubEventType == "Air/drone strike");

    [Fact]
    public void A_place_that_underwent_strikes_a_day_between_had_them() =>
        Assert.Contains(TestPipeline.Extract("وتعرضت مدينة حلب، السبت، لغارة جوية.\nوقتل مدنيان.", "2018-09-08").Events,
            e => e.SubEventType == "Air/drone strike");

    [Fact]
    public void What_weeks_of_protests_held_is_their_background()
    {
        var doc = TestPipeline.Extract(
            "وشهدت مدينة حلب أكبر تظاهرة يوم الجمعة، بعد أسابيع من الاحتجاجات التي تخللها اقتحام المتظاهرين لمكاتب حكومية.", "2018-07-31");
        Assert.Contains(doc.Events, e => e.SubEventType == "Peaceful protest");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Riots");
    }

    [Fact]
    public void Arrests_since_a_coup_attempt_are_a_tally() =>
        Assert.Empty(TestPipeline.Extract("واعتقلت السلطات آلاف الأشخاص في مدينة حلب منذ محاولة الانقلاب.", "2018-05-17").Events);

    [Fact]
    public void What_was_said_at_that_time_is_background() =>
        Assert.Empty(TestPipeline.Extract(
            "وقالت عائلتها حينئذ إن ابن عمها أصيب إصابة بالغة في اشتباكات مع قوات إسرائيلية في مدينة حلب.", "2018-03-21").Events);

    [Fact]
    public void An_act_a_side_is_said_to_practise_is_its_way_not_an_event() =>
        Assert.Empty(TestPipeline.Extract(
            "وقالت المديرة إن النظام السوري يمارس الاغتصاب بحق المعتقلات في مدينة حلب، ويستخدم العنف الجنسي أداة للانتقام.", "2018-03-11").Events);

    [Fact]
    public void An_attack_speculated_about_is_no_event() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وفجر مسلحون جسرا في مدينة حلب أمس في ظل تكهنات تتعلق بشن هجوم كبير من جانب قوات النظام.", "2018-09-05").Events,
            e => e.EventType == AcledTaxonomy.Battles);

    [Fact]
    public void A_programme_of_missiles_is_none_fired() =>
        Assert.Empty(TestPipeline.Extract("وتريد أمريكا لإيران أن تنهي برنامج صواريخها الباليستية في طهران.", "2018-07-06").Events);

    [Fact]
    public void Women_an_abduction_in_a_relative_clause_introduces_are_no_news_of_it() =>
        Assert.Empty(TestPipeline.Extract(
            "وتقدمت العائلة بطلب للعيش في أستراليا ضمن برنامج خاص للنساء اللواتي اختطفهن تنظيم الدولة الإسلامية في مدينة الموصل.", "2018-08-17").Events);

    [Fact]
    public void The_share_of_a_toll_that_strikes_killed_sums_up_many_strikes()
    {
        Assert.DoesNotContain(TestPipeline.Extract(
            "وأفادت الأمم المتحدة بأن عشرة آلاف شخص قتلوا في سوريا. وسقط الغالبية الكبرى من هؤلاء جراء الضربات الجوية الروسية في مدينة حلب.", "2018-06-13").Events,
            e => e.SubEventType == AcledTaxonomy.AirStrike);
        // (with a day of its own it is that day's strikes)
        Assert.Contains(TestPipeline.Extract("وقتل 20 مدنيا في مدينة حلب أمس، قضى معظمهم في غارات جوية روسية.", "2018-06-13").Events,
            e => e.SubEventType == AcledTaxonomy.AirStrike);
    }

    [Fact]
    public void What_taking_a_place_would_bring_about_is_no_taking_of_it() =>
        Assert.Empty(TestPipeline.Extract("ومن شأن استعادة الجيش السوري لمدينة حلب إنهاء تهديد المسلحين للمدنيين.", "2018-05-09").Events);

    [Fact]
    public void Fighting_a_leader_urges_his_followers_on_to_is_not_done() =>
        Assert.Empty(TestPipeline.Extract("يحث الزعيم أتباعه على قتال الجيش السوري في مدينة حلب.", "2018-09-11").Events);

    [Fact]
    public void Battles_over_the_past_weeks_are_summed_up() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "اشتبك الجيش السوري مع تنظيم داعش في مدينة حلب أمس.\nوتكبد مسلحو التنظيم خلال المعارك على مدار الأسابيع الماضية خسائر بشرية كبيرة في مدينة الرقة.", "2018-04-11").Events,
            e => e.Location?.Place?.Name == "Ar Raqqah");

    [Fact]
    public void Fighting_that_stopped_is_no_arrest() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وتزامن ذلك مع توقف القتال بين قوات النظام ومسلحي داعش في مدينة حلب أمس.", "2018-10-18").Events,
            e => e.SubEventType == "Arrests");

    [Fact]
    public void Thousands_arrested_with_no_day_are_a_tally() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "وقد اعتقلت السلطات السورية أكثر من 50 ألف شخص في مدينة حلب.", "2018-04-26").Events,
            e => e.SubEventType == "Arrests");

    [Fact]
    public void Deaths_over_the_period_just_counted_are_a_tally() =>
        Assert.Empty(TestPipeline.Extract(
            "وخلال نفس الفترة قتل 50 مدنيا في مدينة حلب بسبب القذائف الصاروخية التي تشنها فصائل المعارضة.", "2018-03-20").Events);
}
