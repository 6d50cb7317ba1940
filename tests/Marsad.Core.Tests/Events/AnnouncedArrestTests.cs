using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

// An arrest told without an agent of its own (a verbal noun, a passive) is the announcer's.
public class AnnouncedArrestTests
{
    [Fact]
    public void The_announcer_arrested_and_the_group_named_is_the_arrested_man_s()
    {
        var e = Assert.Single(TestPipeline.Extract("أعلن الجيش السوري أن قياديا في تنظيم داعش تم القبض عليه في مدينة حلب أمس.", "2018-05-15").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }

    [Fact]
    public void A_group_that_describes_the_announcer_is_no_one_arrested()
    {
        // the Houthis' own interior ministry announces: the Houthis arrest
        var e = Assert.Single(TestPipeline.Extract("وأعلنت وزارة الداخلية في حكومة الحوثيين عن حملة اعتقالات في مدينة حلب أمس.", "2018-05-15").Events);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
    }

    [Fact]
    public void A_state_announcing_an_arrest_arrests_at_home()
    {
        // an article set in Aleppo: the Libyan army's arrest is not placed there
        // (it is Libya's, at its capital: ArrestAtHomeTests)
        var doc = TestPipeline.Extract("اشتبك الجيش السوري مع تنظيم داعش في مدينة حلب أمس.\nوأعلن الجيش الليبي إلقاء القبض على قيادي في تنظيم داعش.", "2018-05-15");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Arrests" && e.Location?.Place?.CountryCode != "LY");
    }

    [Theory]
    [InlineData("شنت ميليشيا الحوثي حملة اعتقالات واسعة في مدينة الحديدة أمس.", "Civilians (Yemen)")]
    [InlineData("اختطف مسلحون مجهولون مديرة مدرسة في مدينة تعز أمس.", "Civilians (Yemen)")]
    [InlineData("اعتقلت الشرطة التركية 20 مشتبها بهم في إسطنبول أمس.", "Civilians (Turkey)")]
    [InlineData("اعتقلت قوات الأمن المصرية عناصر من تنظيم داعش في القاهرة أمس.", "Islamic State")]
    public void Those_taken_with_no_group_named_are_people_of_the_place(string sentence, string taken)
    {
        var e = Assert.Single(TestPipeline.Extract(sentence, "2018-05-15").Events, e => e.SubEventType is "Arrests" or "Abduction/forced disappearance");
        Assert.Equal(taken, e.Actor2?.Name);
    }

    [Fact]
    public void Arrests_over_the_protests_they_answer_are_arrests()
    {
        // the protests after "على خلفية" are what the arrests answer: not the sentence's one story
        var doc = TestPipeline.Extract("نفذت الشرطة العراقية، الثلاثاء، حملة اعتقالات واسعة في البصرة، على خلفية الاحتجاجات المستمرة.", "2018-07-17");
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests" && e.Actor1!.Name.StartsWith("Police Forces of Iraq"));
    }

    [Fact]
    public void Al_Qaeda_in_Yemen_is_its_branch_there()
    {
        var e = Assert.Single(TestPipeline.Extract("اعتقلت قوات الحزام الأمني قياديا في تنظيم القاعدة في مدينة عدن أمس.", "2018-04-19").Events);
        Assert.Equal("Al Qaeda in the Arabian Peninsula", e.Actor2?.Name);
    }
    [Theory]
    [InlineData("وأشار البيان رقم 25 للجيش المصري إلى القبض على 59 شخصا من المشتبه بهم في سيناء.")]
    [InlineData("أعلنت القوات المسلحة المصرية، الأربعاء، تدمير مئات البؤر الإرهابية. كما تم القبض على عدد 173 فردا آخرين في سيناء.")]
    public void A_counted_arrest_in_a_force_s_statement_is_the_force_s(string text)
    {
        // (the second goes on the claim of the sentence before)
        var e = Assert.Single(TestPipeline.Extract(text, "2018-07-03").Events, e => e.SubEventType == "Arrests");
        Assert.StartsWith("Military Forces of Egypt", e.Actor1!.Name);
    }

    [Fact]
    public void An_agentless_arrest_told_by_an_outlet_has_no_arrester_made_up()
    {
        Assert.DoesNotContain(TestPipeline.Extract("وأشارت الصحيفة إلى القبض على 59 شخصا في سيناء.", "2018-07-03").Events, e => e.SubEventType == "Arrests");
    }
    [Theory]
    [InlineData("اعتقال عناصر من تنظيم داعش في مدينة إسطنبول أمس.")]
    [InlineData("وأعلنت الشرطة أن المسؤول الداعشي الذي اعتقل في مدينة إسطنبول أمس سلم للعراق.")]
    [InlineData("والسبت، اعتقل 11 عضوا في حزب العمال الكردستاني في مدينة إسطنبول.")]
    public void A_group_after_the_verbal_noun_a_count_or_before_a_relative_verb_is_the_one_taken_not_an_abductor(string sentence)
    {
        Assert.DoesNotContain(TestPipeline.Extract(sentence, "2018-05-15").Events, e => e.SubEventType == "Abduction/forced disappearance");
    }

    [Fact]
    public void A_group_right_after_the_verb_of_arresting_took_them()
    {
        var e = Assert.Single(TestPipeline.Extract("اعتقل مسلحو الحوثي ثلاثة صحفيين في مدينة الحديدة أمس.", "2018-05-15").Events);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
    }
}
