namespace Marsad.Core.Tests.Events;

/// <summary>Two countries' capitals joined ("بين طهران وموسكو") are their governments, not where anything happened.</summary>
public class CapitalsAsGovernmentsTests
{
    [Fact]
    public void Joined_capitals_are_no_scene()
    {
        var doc = TestPipeline.Extract(
            "وكشفت الخلافات بين الرياض وطرابلس عن تفجيرات استهدفت أمس قواعد تنظيم داعش.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name is "Riyadh" or "Tripoli");
    }

    [Fact]
    public void A_capital_named_as_a_backer_is_not_the_articles_town()
    {
        // ("الميليشيات الموالية لطهران", however often: a government, so the clash with no place of its own is at the town)
        var doc = TestPipeline.Extract(
            "وأضرم متظاهرون النيران في مقار الميليشيات الموالية لطهران في مدينة البصرة. وقالت مصادر إن الميليشيات الموالية لطهران فقدت نفوذها. " +
            "وتعد الفصائل الموالية لطهران أقوى الفصائل. واشتبكت قوات الأمن مع مسلحين أمس.", "2018-09-08");
        var clash = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.Equal("Basrah", clash.Location?.Place?.Name);
    }

    [Fact]
    public void Where_an_embassy_moved_is_no_scene_whatever_the_verbs_person()
    {
        // ("الذي نقلت فيه الولايات المتحدة سفارتها من تل أبيب إلى مدينة القدس": a clause on the day, not the scene)
        var doc = TestPipeline.Extract(
            "وبدأت عائلات في غزة أمس تشييع جثامين 60 فلسطينيا قتلوا خلال التظاهرات في ذلك اليوم، الذي نقلت فيه الولايات المتحدة سفارتها من تل أبيب إلى مدينة القدس.", "2018-05-16");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name is "Jerusalem" or "Tel Aviv");
    }

    [Fact]
    public void A_capital_named_as_an_ally_is_no_scene()
    {
        var doc = TestPipeline.Extract(
            "وتعرضت قواعد تنظيم داعش أمس لغارات جوية روسية منذ تهديد الحكومة مع حليفتها الرياض بشن هجوم.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Riyadh");
    }

    [Fact]
    public void A_seat_of_government_that_says_something_is_no_scene()
    {
        // ("ردا على ما قالت تل أبيب إنه إطلاق بالون": a seat of government, not a capital, speaking as its government)
        var doc = TestPipeline.Extract("وقصفت الطائرات الروسية مواقع للمعارضة أمس ردا على ما قالت دير الزور إنه هجوم على قواتها.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Deir ez-Zor");
    }

    [Fact]
    public void A_capital_whose_ally_is_named_after_it_is_no_scene()
    {
        var doc = TestPipeline.Extract(
            "وتعرضت قواعد تنظيم داعش أمس لغارات جوية روسية منذ تهديد طرابلس مع حليفتها الرياض بشن هجوم.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name is "Tripoli" or "Riyadh");
    }
    [Fact]
    public void A_capital_that_wills_something_is_its_government()
    {
        var doc = TestPipeline.Extract("وقصفت الطائرات الروسية مواقع للمعارضة في مدينة حلب أمس، كما تريد طرابلس التخلص من المسلحين الذين يشنون هجمات.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Tripoli");
    }
    [Fact]
    public void A_capital_that_qad_opens_a_verb_for_is_its_government()
    {
        // ("وكانت دمشق قد حرصت على الحفاظ على ممر … مما أتاح لمسلحي الوحدات الكردية مواصلة القتال": the capital acted)
        var doc = TestPipeline.Extract("اشتبكت القوات الروسية مع تنظيم داعش في مدينة حلب أمس.\n" +
            "وكانت طرابلس قد حرصت على الحفاظ على ممر إلى المنطقة، مما أتاح لمسلحي تنظيم داعش مواصلة القتال ضد القوات الروسية.", "2018-03-10");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Tripoli");
    }

    [Fact]
    public void A_capital_that_speaks_is_not_the_articles_town()
    {
        // ("وقالت موسكو إن …" in a story from Khartoum: no event with no place of its own goes to Moscow)
        var doc = TestPipeline.Extract("أعلنت الشرطة السورية العثور على دبلوماسي مقتولا داخل منزله في سوريا.\n" +
            "وأشارت مواقع إخبارية إلى أن الدبلوماسي تعرض لهجوم بسكين.\nوقالت الرياض إن نوبة قلبية سببت الوفاة.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Riyadh");
    }

    [Theory]
    [InlineData("أحرق متظاهرون غاضبون القنصلية في مدينة حلب أمس، مما دعا طرابلس إلى دعوة رعاياها لمغادرة المدينة.")]
    [InlineData("وأحرق متظاهرون غاضبون القنصلية في مدينة حلب أمس، وهتفوا بشعارات مناهضة لنظام طرابلس.")]
    public void A_capital_that_calls_or_whose_regime_is_named_is_its_government(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Tripoli");
    }

    [Theory]
    // (a capital as a verb's subject or after a noun that is no place: "تصنفها أنقرة", "بقيادة واشنطن")
    [InlineData("وقصفت القوات التركية أمس مواقع الوحدات الكردية التي تصنفها طرابلس منظمة إرهابية.")]
    [InlineData("وشنت طائرات التحالف الدولي بقيادة طرابلس غارات جوية أمس على مواقع تنظيم داعش.")]
    public void A_bare_capital_is_its_government_not_the_scene(string text)
    {
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية مواقع للمعارضة في مدينة حلب أمس.\n" + text, "2018-03-10");
        Assert.True(doc.Events.Count >= 2);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Tripoli");
    }

    [Theory]
    [InlineData("واعترضت الدفاعات الجوية أمس سبعة صواريخ باليستية، واستهدف 3 منها الرياض.")]
    [InlineData("وأطلق الحوثيون أمس صاروخا باليستيا على الرياض.")]
    [InlineData("وأطلق الحوثيون أمس صاروخا باليستيا باتجاه الرياض.")]
    public void A_capital_with_a_word_of_place_or_as_a_strikes_object_is_the_scene(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-03-10");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Riyadh");
    }
}
