using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Words of acts that tell of none: "تظاهر بأنه" is to pretend, "شرطة مكافحة الشغب" is riot police, and an almanac's
/// entry ("2002 - توقيع اتفاق سلام") opens with its year — history.
/// </summary>
public class NotTheActsTheyNameTests
{
    [GazetteerFact]
    public void To_make_a_show_of_is_to_pretend()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("تظاهر الرجل بأنه ميت بعد الهجوم في الموصل أمس.", "2015-07-24");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Protests");
        doc = TestPipeline.ExtractWithRealGazetteer("وتظاهر المئات في بغداد أمس احتجاجا على نقص الكهرباء.", "2015-07-24");
        Assert.Contains(doc.Events, e => e.SubEventType == "Peaceful protest");
    }

    [GazetteerTheory]
    [InlineData("في طهران، يسعى الرئيس الإيراني حسن روحاني إلى التظاهر بالانفتاح على المنطقة.")]
    [InlineData("وفي بغداد كان العمال يتظاهرون بالتنظيف قرب الإشارات.")]
    public void A_noun_with_bi_right_after_the_verb_is_what_is_feigned(string sentence)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(sentence, "2015-07-24");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Protests");
    }

    [GazetteerTheory]
    [InlineData("وتظاهروا بالقرب من مبنى المحافظة في البصرة أمس احتجاجا على انقطاع الكهرباء.")]
    [InlineData("وتظاهروا بالبصرة أمس احتجاجا على انقطاع الكهرباء.")]
    [InlineData("وتظاهروا بمدينة البصرة أمس احتجاجا على انقطاع الكهرباء.")]
    [InlineData("وتظاهروا بشكل سلمي في البصرة أمس احتجاجا على انقطاع الكهرباء.")]
    public void Where_or_how_they_marched_is_no_pretence(string sentence)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(sentence, "2015-07-24");
        Assert.Contains(doc.Events, e => e.SubEventType == "Peaceful protest");
    }

    [GazetteerTheory]
    [InlineData("وقال خطيب المسجد في الرياض أمس: واعتصموا بحبل الله جميعا ولا تفرقوا.")]
    [InlineData("وشدد الخطيب في مكة أمس على الاعتصام بالكتاب والسنة ونبذ الفرقة.")]
    public void To_hold_fast_to_gods_rope_is_no_sit_in(string sentence) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(sentence, "2015-08-07").Events, e => e.EventType == "Protests");

    [GazetteerFact]
    public void A_sit_in_at_a_square_is_told() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("واعتصم المئات بساحة التحرير في بغداد أمس احتجاجا على الفساد.", "2015-08-07").Events,
            e => e.SubEventType == "Peaceful protest");

    [GazetteerFact]
    public void A_man_recovered_to_his_country_is_extradited_no_ground_retaken()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أعلن الإنتربول السعودي القبض على مواطن سعودي بالخارج واسترداده إلى المملكة، الثلاثاء، بعد ملاحقته بقضايا احتيال.\n"
            + "وذكر الإنتربول السعودي أنه تم القبض على المواطن في دبي واسترداده إلى المملكة.", "2018-10-03");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Government regains territory");
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests");
        doc = TestPipeline.ExtractWithRealGazetteer("واسترد الجيش السوري بلدة الحراك في ريف درعا أمس.", "2018-06-26");
        Assert.Contains(doc.Events, e => e.SubEventType == "Government regains territory");
    }

    [GazetteerTheory]
    [InlineData("سيطرت القوات المسلحة الإماراتية على طائرة بدون طيار إيرانية الصنع في مدينة المخا أمس.")]
    [InlineData("وتمكنت القوات اليمنية من السيطرة على \"درون\" حوثية في مدينة المخا أمس.")]
    [InlineData("وسيطرت قوات الجيش اليمني على السفينة في ميناء المخا أمس.")]
    public void Control_over_a_drone_is_no_ground_taken(string sentence) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(sentence, "2018-04-18").Events, e => e.SubEventType == "Government regains territory");

    [GazetteerFact]
    public void What_vanished_is_no_one_taken_unless_a_person_is_in_sight()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("ارتفعت أسعار الأسماك في سوق الدمام أمس، كما اختفى سمك الكنعد والشعري من سوق القطيف.", "2015-08-02");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Abduction/forced disappearance");
        doc = TestPipeline.ExtractWithRealGazetteer("اختفى الصحفي السعودي جمال خاشقجي بعد دخوله القنصلية السعودية في إسطنبول يوم الثلاثاء.", "2018-10-05");
        Assert.Contains(doc.Events, e => e.SubEventType == "Abduction/forced disappearance");
        // (a man the article named in full, called by his family name)
        doc = TestPipeline.ExtractWithRealGazetteer("أعرب الرئيس الأمريكي عن قلقه بشأن الصحفي السعودي جمال خاشقجي.\n"
            + "واختفى خاشقجي بعد دخوله القنصلية السعودية في إسطنبول يوم الثلاثاء.", "2018-10-05");
        Assert.Contains(doc.Events, e => e.SubEventType == "Abduction/forced disappearance");
    }

    [GazetteerFact]
    public void Relations_regained_are_no_ground() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "قال دبلوماسي إسرائيلي كبير أمس، إن التهديدات المشتركة التي تواجه كلا من إسرائيل وتركيا من جانب تنظيم داعش، يمكن أن تساعد في جهود استعادة علاقات تل أبيب بأنقرة.",
            "2015-07-22").Events);

    [GazetteerFact]
    public void Vast_areas_with_no_place_named_sum_up_a_war() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتقول الحكومة إن معبر نصيب سيفتح الشهر المقبل.\n"
            + "واستعادت الحكومة السورية، بعد سبع سنوات من الحرب الأهلية، مساحات شاسعة من الأراضي من قبضة مسلحي المعارضة بدعم من روسيا.", "2018-10-14").Events);

    [GazetteerTheory]
    [InlineData("وتعتبر واشنطن وحدات حماية الشعب الكردية في منبج حليفا رئيسيا في قتال تنظيم داعش.")]
    [InlineData("وأثنى الرئيس الفرنسي على تضحيات قوات سوريا الديمقراطية في الرقة في القتال ضد تنظيم الدولة الإسلامية.")]
    public void The_fight_against_a_side_as_a_role_is_no_battle(string sentence) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(sentence, "2018-06-05").Events);

    [GazetteerFact]
    public void The_fight_against_a_side_with_its_dead_is_told()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقتل ثلاثة جنود عراقيين في القتال ضد تنظيم داعش في الموصل أمس.", "2018-06-05");
        Assert.NotEmpty(doc.Events);
    }

    [GazetteerFact]
    public void A_warning_of_an_attack_past_an_aside_is_no_attack() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "قال مسؤولون في وزارة الدفاع الأميركية (البنتاغون) إن روسيا وجهت تحذيرات، خلال الأيام الماضية، بشن هجوم على مسلحين في محيط منطقة التنف التي تنتشر فيها قوات أميركية.", "2018-09-07").Events);

    [GazetteerFact]
    public void Who_controls_a_place_told_in_the_present_is_a_standing_state()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال المرصد إن الفصائل صدت هجوما في إدلب أمس. وتسيطر جبهة التحرير الوطني على أقل من نصف منطقة إدلب، أما أكبر حصة من المنطقة فتسيطر عليها هيئة تحرير الشام، المرتبطة بتنظيم القاعدة.", "2018-10-14");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType.Contains("territory"));
        // (a lead tells news in the present: the opening sentence keeps it)
        var lead = Assert.Single(TestPipeline.ExtractWithRealGazetteer("تسيطر قوات المقاومة الشعبية باليمن على مدرج مطار العند بلحج، وفر عدد كبير من الميليشيات الحوثية من المطار.", "2015-08-03").Events);
        Assert.Equal("Government regains territory", lead.SubEventType);
    }

    [GazetteerFact]
    public void A_battle_a_future_verb_after_it_tells_of_is_to_come() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "قال وزير الخارجية التركي مولود تشاووش أوغلو اليوم إن مقاتلات وطائرات أمريكية بدون طيار ستصل قريبا إلى قاعدة إنجرليك وإن معركة شاملة ضد تنظيم داعش ستنطلق قريبا.", "2015-08-05").Events,
            e => e.SubEventType == "Armed clash");

    [GazetteerFact]
    public void Places_a_side_retakes_in_the_present_are_described() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقال المرصد إن الفصائل صدت هجوما في إدلب أمس. وقد ساهمت عوامل عدة في تحويل إدلب إلى بيئة خصبة لنمو هذه التنظيمات، أبرزها التدفق المستمر لآلاف من أفراد الجماعات المسلحة من المناطق التي يستعيد النظام السوري السيطرة عليها.", "2018-04-19").Events,
            e => e.SubEventType.Contains("territory"));

    [GazetteerFact]
    public void A_side_named_before_the_verb_of_undergoing_did_not_do_it() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "ولجأ العديد من المدنيين ومقاتلي المعارضة الذين نزحوا من مناطق أخرى من سوريا إلى منطقة إدلب التي تعرضت لغارات جوية وقصف الأسبوع الماضي.", "2018-08-14").Events,
            e => e.Actor1?.Name.StartsWith("Opposition Rebels") == true);

    [GazetteerFact]
    public void To_take_hold_of_a_price_is_no_arrest()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ويشتري كثير من السياح عقارات في ماربيا. ونظرا للروتين البطيء في دول مثل إسبانيا يمكن اكتشاف هذه الخدع بعد سنوات طويلة من شراء العقار في وقت تكون فيه شركة العقار قد قبضت الثمن واختفت.", "2015-07-21").Events);
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وقبضت على ثلاثة أشخاص في ماربيا أمس قوات الأمن الإسبانية.", "2015-07-21").Events);
        Assert.Equal("Arrests", e.SubEventType);
    }

    [GazetteerFact]
    public void Riot_police_name_no_riot()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وتدخلت وحدات من مكافحة الشغب في بغداد أمس.", "2015-07-24");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void An_almanacs_entry_of_an_earlier_year_is_history()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أهم الأحداث في مثل هذا اليوم: 1951 - اغتيال العاهل الأردني الملك عبدالله في باحة المسجد الأقصى في القدس. " +
            "2002 - توقيع اتفاق سلام مبدئي بين الحكومة السودانية والمتمردين في الجيش الشعبي لتحرير السودان في الخرطوم.", "2015-07-21");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void A_dispersal_that_force_was_used_for_was_done()
    {
        // (and "لتفريق" splits as ل + تفريق: the segmenter knows the triggers' words)
        var doc = TestPipeline.ExtractWithRealGazetteer("وتدخلت وحدات من مكافحة الشغب لتفريق المتظاهرين في بغداد أمس.", "2015-07-31");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Protest with intervention", e.SubEventType);
        doc = TestPipeline.ExtractWithRealGazetteer("وتستعد الشرطة لتفريق المتظاهرين في بغداد غدا.", "2015-07-31");
        Assert.Empty(doc.Events);
    }
}
