namespace Marsad.Core.Tests.Events;

// A verb joined by و with no subject of its own shares the subject of the clause's first verb.
public class CoordinatedVerbTests
{
    [Theory]
    [InlineData("قالت مصادر أمنية إن ميليشيا الحوثي داهمت منازل العشرات من ضباط الجيش في صنعاء واعتقلت العشرات.", "Arrests", "Houthi Movement")]
    [InlineData("وتشعر إسرائيل بالقلق من الوجود العسكري لإيران في سوريا وقصفت أهدافا إيرانية في مدينة حمص أمس.", "Air/drone strike", "Military Forces of Israel")]
    public void The_joined_verb_s_agent_is_the_clause_subject_not_the_first_verb_s_object(string sentence, string subType, string agent)
    {
        var e = Assert.Single(TestPipeline.Extract(sentence, "2018-06-03").Events, e => e.SubEventType == subType);
        Assert.StartsWith(agent, e.Actor1!.Name);
    }

    [Fact]
    public void A_subject_named_after_the_joined_verb_is_its_own()
    {
        var e = Assert.Single(TestPipeline.Extract("تقدم الجيش السوري في ريف حلب وقصفت الطائرات الروسية مواقع تنظيم داعش في مدينة حلب أمس.", "2018-06-03").Events,
            e => e.SubEventType == "Air/drone strike");
        Assert.StartsWith("Military Forces of Russia", e.Actor1!.Name);
    }

    [Fact]
    public void The_two_sides_are_the_ones_the_sentence_before_set_against_each_other()
    {
        var doc = TestPipeline.Extract("هاجمت قوات الجيش السوري مواقع تنظيم داعش في مدينة حلب أمس.\nوقالت مصادر إن معارك عنيفة دارت بين الطرفين في مدينة الرقة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.Location?.Surface == "الرقة");
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }

    [Fact]
    public void Of_the_two_sides_the_one_the_sentence_names_acting_comes_first()
    {
        var doc = TestPipeline.Extract("هاجمت قوات الجيش السوري مواقع تنظيم داعش في مدينة حلب أمس.\nوقالت مصادر إن معارك دارت بين الطرفين عقب هجوم لتنظيم داعش في مدينة الرقة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.Location?.Surface == "الرقة");
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Syria", e.Actor2!.Name);
    }
}
