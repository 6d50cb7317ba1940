namespace Marsad.Core.Tests.Events;

// An agreement "بين X و Y" has its two parties, "قوات الحكومة" (the government's forces) among them.
public class AgreementPartiesTests
{
    [Fact]
    public void The_government_s_forces_are_a_party()
    {
        var doc = TestPipeline.Extract("قال مصدر رسمي إنه جرى التوصل إلى مصالحة في مدينة الرقة بين المعارضة وقوات الحكومة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Agreement");
        Assert.Contains(new[] { e.Actor1?.Name, e.Actor2?.Name }, n => n is not null && n.StartsWith("Military Forces of Syria"));
        Assert.Contains(new[] { e.Actor1?.Name, e.Actor2?.Name }, n => n == "Opposition Rebels (Syria)");
    }

    [Fact]
    public void A_country_an_armed_group_agrees_with_is_the_other_party()
    {
        var doc = TestPipeline.Extract("أعلنت حركة حماس مساء الجمعة التوصل إلى اتفاق لإعادة التهدئة مع إسرائيل في قطاع غزة.", "2018-07-21");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Agreement");
        Assert.Equal("Hamas Movement", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
    }

    [Fact]
    public void The_people_a_deal_frees_or_moves_are_no_party_to_it()
    {
        // ("مقابل إطلاق سراح المحتجزين لديهم": the detainees are civilians; the other party is the side the article shows
        // fighting the group)
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية مدينة دوما أمس. وتحدثت وسائل الإعلام عن عقد اتفاق مع جيش الإسلام الأحد يسمح لهم بمغادرة دوما مقابل إطلاق سراح المحتجزين لديهم.", "2018-04-08");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Agreement");
        Assert.Equal("Jaysh al-Islam", e.Actor1?.Name);
        Assert.NotEqual(7, e.Actor2?.Inter);
        Assert.StartsWith("Military Forces of Russia", e.Actor2?.Name);
    }

    [Fact]
    public void A_states_deal_with_another_state_is_no_agreement_event()
    {
        var doc = TestPipeline.Extract("أعلنت مصر أمس التوصل إلى اتفاق مع فرنسا في القاهرة لتطوير المواقع الأثرية.", "2018-04-11");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Agreement");
    }

    [Fact]
    public void Agreeing_to_surrender_is_found_past_where_the_group_stands()
    {
        var doc = TestPipeline.Extract("وقصفت قوات النظام مواقع المعارضة في حماة أمس.\n" +
                                       "ووافق مقاتلو المعارضة في أكبر المناطق المحاصرة المتبقية في ريف حماة الشمالي حول البلدات الثلاث على الاستسلام، الأربعاء.", "2018-05-03");
        Assert.Contains(doc.Events, e => e.SubEventType == "Agreement" && e.Actor1?.Name == "Opposition Rebels (Syria)");
    }

    [Fact]
    public void A_deal_an_armed_group_announces_reached_is_made_with_the_side_it_faces()
    {
        // (no other party named in the sentence: the side the article shows the group fighting)
        var doc = TestPipeline.Extract("قصفت طائرات إسرائيلية مواقع لحركة حماس في قطاع غزة الجمعة. وأعلن المتحدث باسم حركة حماس فجر السبت، التوصل لاتفاق لعودة التهدئة في قطاع غزة بجهود مصرية.", "2018-07-21");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Agreement");
        Assert.Equal("Hamas Movement", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
    }

    [Fact]
    public void A_ceasefire_reached_between_two_sides_is_their_agreement()
    {
        var doc = TestPipeline.Extract("أعلنت حركة الجهاد الإسلامي مساء الثلاثاء التوصل إلى وقف لإطلاق النار بين الفصائل الفلسطينية وإسرائيل في قطاع غزة بوساطة مصرية.", "2018-05-30");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Agreement");
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
    }

    [Fact]
    public void The_named_group_a_deal_reached_moves_out_is_a_party_with_the_side_it_faces()
    {
        var doc = TestPipeline.Extract("قصفت قوات النظام السوري مدينة دوما أمس. وأعلن مصدر رسمي سوري الأحد، التوصل إلى اتفاق لإجلاء مقاتلي \"جيش الإسلام\" من مدينة دوما خلال 48 ساعة.", "2018-04-08");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Agreement");
        Assert.Equal("Jaysh al-Islam", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2?.Name);
    }

    [Fact]
    public void Some_gunmen_a_speaker_made_a_deal_with_are_not_made_a_party_by_themselves()
    {
        var doc = TestPipeline.Extract("سيطر تنظيم الدولة الإسلامية على مخيم اليرموك. وقالت الحكومة السورية إنها توصلت إلى اتفاق مع عدد من مسلحين يتحصنون في الضواحي المحاصرة من دمشق.", "2018-04-29");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Agreement" && e.Actor1?.Name.StartsWith("Unidentified") == true && e.Actor2?.Name == "Islamic State");
    }
}
