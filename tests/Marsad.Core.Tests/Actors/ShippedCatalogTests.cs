using Marsad.Core.Actors;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Actors;

/// <summary>The catalog, nationalities, force nouns and sources shipped in data/lexicons.</summary>
public class ShippedCatalogTests
{
    private static readonly ActorCatalog Catalog = ActorCatalog.Load(MarsadData.Path("lexicons", "actors.tsv"),
        MarsadData.Path("lexicons", "nationalities.tsv"), MarsadData.Path("lexicons", "force-nouns.tsv"));

    private static readonly ActorPipeline Pipeline = new(Catalog, SourceCatalog.LoadDefault());

    private static Document Run(string text, int year = 2018) => Pipeline.Process(new Document(text, "t", new DateOnly(year, 6, 1)));

    [Fact]
    public void Loads_without_errors_and_covers_over_200_actors()
    {
        Assert.True(Catalog.Actors.Count > 200, $"{Catalog.Actors.Count} actors");
        Assert.True(Catalog.Nationalities.Count >= 30);
        Assert.True(Catalog.ForceNouns.Count >= 50);
        Assert.True(SourceCatalog.LoadDefault().Sources.Count >= 40);
        foreach (var name in new[] { "Islamic State", "Hezbollah", "Popular Mobilization Forces", "Syrian Democratic Forces", "Houthi Movement",
                     "Hamas Movement", "Hayat Tahrir al-Sham", "Free Syrian Army", "Military Forces of Syria", "Police Forces of Iraq" })
            Assert.True(Catalog.TryGet(name, out _), name);
    }

    // ("الائتلاف الدولي بقيادة أميركية": the US-led coalition as AFP's Arabic service names it; "براميل النفط" is no one's)
    [Fact]
    public void The_international_coalition_spelled_itilaf_is_the_US_led_one()
    {
        var d = Run("نفذ الائتلاف الدولي بقيادة اميركية غارات جوية على مواقع التنظيم", 2015);
        Assert.Contains(d.Actors, a => a.Actor.Name == "Coalition (US-led)");
        var oil = Run("ينتج الحقل ثلاثة آلاف من براميل النفط يوميا", 2015);
        Assert.DoesNotContain(oil.Actors, a => a.Actor.Name.StartsWith("Military Forces of Syria", StringComparison.Ordinal));
    }

    // ("فجر ليبيا" is no Libyan state force: the 2014-2016 coalition that held Tripoli)
    [Fact]
    public void Libya_Dawn_is_its_own_militia()
    {
        var d = Run("وانتقدت قصف مليشيات فجر ليبيا مدينة ترهونة بالصواريخ", 2015);
        Assert.Contains(d.Actors, a => a.Actor.Name == "Libya Dawn");
        Assert.DoesNotContain(d.Actors, a => a.Actor.Name.StartsWith("Military Forces of Libya", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("استعاد تنظيم داعش نصف المدينة", "Islamic State")]
    [InlineData("وقصفت قوات النظام السوري البلدة", "Military Forces of Syria")]
    [InlineData("ودخلت قوات الحشد الشعبي العراقية", "Popular Mobilization Forces")]
    [InlineData("هاجمت ميليشيات الحوثي", "Houthi Movement")]
    [InlineData("وقالت قوات سوريا الديمقراطية", "Syrian Democratic Forces")]
    [InlineData("أعلنت وحدات حماية شرق كردستان أن مقاتليها هاجموا معسكرا", "East Kurdistan Defense Units")]   // Iran's, not Syria's YPG
    [InlineData("اشتبك الانفصاليون الموالون لروسيا مع القوات الأوكرانية", "Pro-Russian Separatists (Ukraine)")]
    [InlineData("هاجمت جمهورية دونيتسك الشعبية مواقع الجيش", "Pro-Russian Separatists (Ukraine)")]
    [InlineData("قصف الجيش الأردني", "Military Forces of Jordan")]
    [InlineData("شنت المقاتلات الإسرائيلية غارات", "Military Forces of Israel")]
    [InlineData("اعتقلت الشرطة المصرية", "Police Forces of Egypt")]
    [InlineData("مقاتلو حزب الله", "Hezbollah")]
    [InlineData("وتستمر المواجهات بين المقاومة اليمنية والانقلابيين", "Joint Resistance Forces")]
    [InlineData("وقتل 8 من عناصر الحرس الوطني في الهجوم", "Police Forces of (X)")]   // Tunisia's gendarmerie, with the event's country
    [InlineData("واعتقلت السلطات التشيكية الزعيم الكردي", "Police Forces of Czech Republic")]   // a European nationality
    [InlineData("وقالت الشرطة السويدية", "Police Forces of Sweden")]
    public void Sample_phrases_are_recognised(string text, string expected)
    {
        var d = Run(text, 2018);
        Assert.Contains(d.Actors, a => ActorNames.SameActor(a.Actor.Name, expected));
    }

    [Theory]
    [InlineData("وقال أردوغان إن وحدات الجيش السوري الحر سيطرت على عفرين")]
    [InlineData("وقال أردوغان إن وحدات من الجيش السوري الحر سيطرت على عفرين")]
    public void A_name_that_another_actors_name_runs_past_gives_way_to_it(string text)
    {
        // ("وحدات الجيش السوري" is the Syrian army; "الجيش السوري الحر" after it is the Free Syrian Army)
        var d = Run(text);
        Assert.Contains(d.Actors, a => a.Actor.Name == "Free Syrian Army");
        Assert.DoesNotContain(d.Actors, a => a.Actor.Name.StartsWith("Military Forces of Syria"));
    }

    [Fact]
    public void A_soldier_and_a_nationality_in_the_dual_name_a_state_force()
    {
        var d = Run("قتل جنديان إسرائيليان وأصيبت طفلتان سوريتان");
        Assert.Contains(d.Actors, m => m.Surface == "جنديان إسرائيليان" && m.Actor.Name.StartsWith("Military Forces of Israel"));
        Assert.Contains(Catalog.Nationalities, n => n.Iso2 == "SY" && n.AdjectivesAr.Contains("سوريتان") && n.AdjectivesAr.Contains("سوريان"));
    }

    [Fact]
    public void A_count_of_eleven_to_ninety_nine_people_names_their_nation_in_the_accusative()
    {
        // ("اعتقال 14 إيرانيا", "مقتل 60 فلسطينيا": ـيًّا after the count; but "سوريا" and "روسيا" stay the countries)
        var d = Run("أعلنت السلطات البحرينية اعتقال 14 إيرانيا ومقتل 60 فلسطينيا ووصول وفد إلى روسيا");
        Assert.Contains(d.Actors, m => m.Actor.Name == "Civilians (Iran)");
        Assert.Contains(d.Actors, m => m.Actor.Name == "Civilians (Palestine)");
        Assert.DoesNotContain(d.Actors, m => m.Actor.Name == "Civilians (Russia)");
    }

    [Fact]
    public void A_generic_actors_own_nationality_names_its_country()
    {
        var d = Run("أطلق الجيش النار على المتظاهرين الفلسطينيين واعتقل صحفيين مصريين");
        Assert.Contains(d.Actors, m => m.Actor.Name == "Protesters (Palestine)");
        Assert.Contains(d.Actors, m => m.Actor.Name == "Civilians (Egypt)");
    }

    [Fact]
    public void Longest_alias_wins_over_its_prefix()
    {
        var d = Run("وقال الجيش السوري الحر");
        var m = Assert.Single(d.Actors);
        Assert.Equal("Free Syrian Army", m.Actor.Name);
    }

    [Theory]
    [InlineData("وسيطرت فصائل المقاومة اليمنية على المطار", "Joint Resistance Forces")]      // another country's adjective: the Yemeni group
    [InlineData("وقصفت ميليشيا الحوثي الإيرانية المدينة", "Houthi Movement")]                   // an epithet no other name takes
    public void A_group_followed_by_another_countrys_adjective_gives_way_to_that_countrys(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Run(text).Actors).Actor.Name);

    [Fact]
    public void Claim_sources_are_named()
    {
        var d = Run("وقال المرصد السوري لحقوق الإنسان ونقلت وكالة الأنباء السورية سانا عن القيادة العامة للجيش");
        var names = d.Entities.Where(e => e.Rule == "source").Select(e => e.Canonical).ToList();
        Assert.Contains("Syrian Observatory for Human Rights", names);
        Assert.Contains("SANA", names);
        Assert.Contains("General Command of the Syrian Army", names);
    }

    [Theory]
    [InlineData("وقصفت قوات النظام أحياء المعارضة في المدينة", "SY", true)]
    [InlineData("وقال المعارضون إن القصف استهدف المدينة", "SY", true)]
    [InlineData("وقصفت قوات النظام أحياء المعارضة في المدينة", "EG", false)]   // elsewhere the political opposition
    [InlineData("في مدينة دوما، آخر جيب للمعارضة قرب دمشق", "SY", false)]    // whose the place is
    [InlineData("ورغم معارضة روسيا للقرار", "SY", false)]                      // an objection
    [InlineData("وانتقدت أحزاب المعارضة البريطانية الحكومة", "SY", false)]      // another country's parties
    public void Bare_opposition_names_the_Syrian_rebels_only_in_an_article_about_Syria(string text, string country, bool rebels)
    {
        var pipeline = new ActorPipeline(Catalog, SourceCatalog.LoadDefault(), defaultCountry: _ => country);
        var d = pipeline.Process(new Document(text, "t", new DateOnly(2018, 6, 1)));
        Assert.Equal(rebels, d.Actors.Any(a => a.Actor.Name == "Opposition Rebels (Syria)"));
    }

    [Theory]
    [InlineData("وقتل مدنيون بقصف للنظام على المدينة", "SY", true)]            // ل after a strike names who struck
    [InlineData("واعترض نظام القبة الحديدية القذائف", "SY", false)]            // a system, not the regime
    [InlineData("ويطالبون بتغيير النظام في البلاد", "IR", false)]              // another country's regime
    public void The_regime_is_the_Syrian_army_only_in_an_article_about_Syria(string text, string country, bool syria)
    {
        var pipeline = new ActorPipeline(Catalog, SourceCatalog.LoadDefault(), defaultCountry: _ => country);
        var d = pipeline.Process(new Document(text, "t", new DateOnly(2018, 6, 1)));
        Assert.Equal(syria, d.Actors.Any(a => a.Actor.Name.StartsWith("Military Forces of Syria", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("YE", "Al Qaeda in the Arabian Peninsula")]   // its one branch at home there
    [InlineData("SY", null)]                                  // two groups of its in Syria (Nusra, Hurras al-Din): neither is "the" branch
    public void A_transnational_groups_branch_in_a_country(string iso2, string? branch)
    {
        Assert.True(Catalog.TryGet("al-qaeda", out var qaeda));
        Assert.Equal(branch, Catalog.BranchIn(qaeda!, iso2, 2018)?.Name);
    }
}
