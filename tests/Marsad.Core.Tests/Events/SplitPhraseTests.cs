namespace Marsad.Core.Tests.Events;

// A verb phrase of the lexicon split by its subject (verb-subject-object): "أطلق الجيش النار على …".
public class SplitPhraseTests
{
    [Fact]
    public void A_phrase_split_by_its_subject_is_found_with_that_subject_as_agent()
    {
        var doc = TestPipeline.Extract("فتحت قوات الأمن السورية النار على المتظاهرين في مدينة الرقة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.EventType == "Protests");
        Assert.Equal("Excessive force against protesters", e.SubEventType);
        Assert.StartsWith("Police Forces of Syria", e.Actor2!.Name);
    }

    [Fact]
    public void A_rocket_fired_by_the_subject_between_is_a_strike_of_that_subject()
    {
        // ("أطلقت حركة حماس صاروخا": the object alone is only the weak noun of a rocket; with the firing verb before its
        // subject it is the fire)
        var e = Assert.Single(TestPipeline.Extract("وأطلقت حركة حماس صاروخا على مدينة حلب أمس.", "2015-08-07").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Hamas Movement", e.Actor1?.Name);
        // (not a verbal noun of a charge: "إدانة إطلاق الحوثيين صاروخا")
        Assert.Empty(TestPipeline.Extract("وأدانت الحكومة إطلاق حركة حماس صاروخا على مدينة حلب.", "2015-08-07").Events);
    }

    [Fact]
    public void A_verb_and_its_preposition_make_no_phrase()
    {
        // "عثرت … على" is said of weapons and of people alike: the object after the preposition decides
        var doc = TestPipeline.Extract("وعثرت قوات الأمن السورية على الفتاة مخنوقة قرب مدينة الرقة أمس.", "2018-06-03");
        Assert.Empty(doc.Events);
    }
}
