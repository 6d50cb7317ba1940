using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Tests.Actors;

public class ActorRecognizerTests : IDisposable
{
    private readonly ActorTestCatalog _files = new();
    private readonly ActorCatalog _catalog;
    private readonly ActorPipeline _pipeline;

    public ActorRecognizerTests()
    {
        _catalog = _files.Load();
        var sources = SourceCatalog.Load(_files.Write("sources.tsv", "name_en\tkind\taliases_ar",
            "Syrian Observatory for Human Rights\tmonitor\tالمرصد السوري لحقوق الإنسان | المرصد السوري",
            "SANA\tagency\tوكالة الأنباء السورية سانا | سانا"));
        _pipeline = new ActorPipeline(_catalog, sources);
    }

    public void Dispose() => _files.Dispose();

    private Document Run(string text, int year = 2017, Func<Document, string?>? country = null, ActorCatalog? catalog = null)
    {
        catalog ??= _catalog;
        var pipeline = catalog == _catalog ? _pipeline : new ActorPipeline(catalog, _pipeline.Sources);
        var document = new Document(text, "t", new DateOnly(year, 6, 1));
        pipeline.Text.Process(document);
        new ActorRecognizer(catalog) { DefaultCountry = country, Sources = pipeline.Sources }.Process(document);
        new EntityRecognizer(catalog, pipeline.Sources, ["بشار", "محمد"]).Process(document);
        return document;
    }

    private ActorMention Single(string text, int year = 2017)
    {
        var actors = Run(text, year).Actors.Where(a => a.Rule != "country").ToList();
        Assert.True(actors.Count == 1, $"expected one actor in «{text}», got: {string.Join("; ", actors.Select(a => $"{a.Surface} → {a.Actor.Name}"))}");
        return actors[0];
    }

    [Theory]
    [InlineData("ولحزب الله مقاتلون", "Hezbollah")]
    [InlineData("قصف بداعش المدينة", "Islamic State")]
    [InlineData("هاجم تنظيم الدولة الإسلامية البلدة", "Islamic State")]
    [InlineData("وقال الجيش السوري الحر إن", "Free Syrian Army")]
    [InlineData("تقدمت كتائب حزب الله", "Kataib Hezbollah")]
    [InlineData("للجيش السوري مواقع", "Military Forces of Syria (2000-2024)")]
    public void Aliases_match_with_clitics_stripped_and_longest_first(string text, string expected)
    {
        Assert.Equal(expected, Single(text).Actor.Name);
    }

    [Fact]
    public void An_alias_marked_with_bang_needs_its_article()
    {
        using var files = new ActorTestCatalog();
        var catalog = files.Load("aq\tAl Qaeda\t2\t\trebel\t\t\t\tتنظيم القاعدة | !القاعدة");
        Assert.Single(Run("وقالت القاعدة إنها نفذت الهجوم", catalog: catalog).Actors);
        Assert.Single(Run("وهاجم عناصر للقاعدة حاجزا", catalog: catalog).Actors);
        Assert.Empty(Run("وقصفت الطائرات قاعدة عسكرية وقاعدة جوية", catalog: catalog).Actors);
        // with its article and a feminine adjective of kind or owner it is still a base
        Assert.Empty(Run("وتركزت الغارات على القاعدة البحرية والقاعدة الجوية الروسية", catalog: catalog).Actors);
        Assert.Single(Run("وهاجمت القاعدة الإرهابية حاجزا", catalog: catalog).Actors);
    }

    [Fact]
    public void Support_is_no_Nusra_Front_without_its_article()
    {
        // "نصرة" is support ("الأكثر نصرة للحق"); the front is named with the article ("مواقع النصرة")
        Assert.DoesNotContain(Run("يعيشون بإيهام أنفسهم أنهم الأقوى والأكثر نصرة للحق", year: 2015, catalog: ActorCatalog.Default).Actors, a => a.Actor.Name == "Al Nusra Front");
        Assert.Contains(Run("وقصفت الطائرات مواقع النصرة قرب إدلب", year: 2015, catalog: ActorCatalog.Default).Actors, a => a.Actor.Name == "Al Nusra Front");
    }

    [Fact]
    public void A_member_noun_joins_the_mention()
    {
        var m = Single("قتل عناصر داعش");
        Assert.Equal("عناصر داعش", m.Surface);
        Assert.Equal("Islamic State", m.Actor.Name);
    }

    [Theory]
    [InlineData("وقتل مسلحون مجهولون من داعش جنديين")]      // members of the group named after them
    [InlineData("وقتل مسلحون مجهولون في داعش جنديين")]
    public void Gunmen_of_a_named_group_are_that_group(string text)
    {
        Assert.Equal("Islamic State", Single(text).Actor.Name);
    }

    [Fact]
    public void The_period_is_chosen_by_the_publication_year()
    {
        Assert.Equal("Military Forces of Syria (2000-2024)", Single("الجيش السوري", 2017).Actor.Name);
        Assert.Equal("Military Forces of Syria (2024-)", Single("الجيش السوري", 2025).Actor.Name);
        var m = Single("الجيش السوري", 2017);
        Assert.Equal(2, m.Candidates.Count);
    }

    [Fact]
    public void A_shared_alias_is_resolved_by_the_event_country()
    {
        var catalog = _files.Load(
            "ye-army\tMilitary Forces of Yemen (2012-)\t1\tYE\tmilitary\t2012\t\t\tالجيش الوطني",
            "ly-lna\tMilitary Forces of Libya (2014-) Libyan National Army\t1\tLY\tmilitary\t2014\t\t\tالجيش الوطني");
        var document = new Document("تقدم الجيش الوطني", "t", new DateOnly(2018, 1, 1));
        _pipeline.Text.Process(document);
        new ActorRecognizer(catalog).Process(document);
        var m = Assert.Single(document.Actors);
        Assert.Equal("ly-lna", m.BestFor("LY", 2018).Id);
        Assert.Equal("ye-army", m.BestFor("YE", 2018).Id);
    }

    [Fact]
    public void A_shared_alias_reads_as_the_articles_country()
    {
        // (its reading is what the stages before the event's place ask — whether it is an ally of the side beside it)
        var catalog = _files.Load(
            "ye-army\tMilitary Forces of Yemen (2012-)\t1\tYE\tmilitary\t2012\t\t\tالجيش الوطني",
            "ly-lna\tMilitary Forces of Libya (2014-) Libyan National Army\t1\tLY\tmilitary\t2014\t\t\tالجيش الوطني");
        var document = new Document("تقدم الجيش الوطني", "t", new DateOnly(2018, 1, 1));
        _pipeline.Text.Process(document);
        new ActorRecognizer(catalog) { DefaultCountry = _ => "YE" }.Process(document);
        Assert.Equal("ye-army", Assert.Single(document.Actors).Actor.Id);
    }

    [Theory]
    [InlineData("قصف الجيش الأردني", "Military Forces of Jordan", "military", false)]
    [InlineData("توغلت القوات التركية", "Military Forces of Turkey", "military", false)]
    [InlineData("شن الطيران الروسي غارات", "Military Forces of Russia", "military", true)]
    [InlineData("أغارت المقاتلات الإسرائيلية", "Military Forces of Israel", "military", true)]
    [InlineData("اعتقلت قوات الأمن العراقية", "Police Forces of Iraq", "police", false)]
    [InlineData("فرقت الشرطة المصرية", "Police Forces of Egypt", "police", false)]
    [InlineData("قصف طيران العدو الإسرائيلي", "Military Forces of Israel", "military", true)]
    [InlineData("والقوات الحكومية السورية", "Military Forces of Syria (2000-2024)", "military", false)]
    public void Unlisted_state_forces_are_composed(string text, string name, string kind, bool air)
    {
        var m = Single(text);
        Assert.Equal("composed", m.Rule);
        Assert.Equal(name, m.Actor.Name);
        Assert.Equal(kind, m.Actor.Kind);
        Assert.Equal(air, m.Actor.Air);
        Assert.Equal(1, m.Actor.Inter);
    }

    [Theory]
    [InlineData("هاجم مسلحون مجهولون", "Unidentified Armed Group (X)", 3)]
    [InlineData("قتل ثلاثة مدنيين", "Civilians (X)", 7)]
    [InlineData("خرج متظاهرون", "Protesters (X)", 6)]
    [InlineData("اشتبك مشاغبون", "Rioters (X)", 5)]
    [InlineData("مسلحون من عشيرة", "Unidentified Tribal Militia (X)", 4)]
    public void Generic_actors_keep_the_placeholder_without_a_country(string text, string name, int inter)
    {
        var m = Single(text);
        Assert.Equal(name, m.Actor.Name);
        Assert.Equal(inter, m.Actor.Inter);
        Assert.True(m.Actor.IsGeneric);
    }

    [Fact]
    public void Generic_actors_take_the_document_country_when_given()
    {
        var d = Run("قتل مدنيون برصاص مسلحين مجهولين", country: _ => "SY");
        Assert.Equal(["Civilians (Syria)", "Unidentified Armed Group (Syria)"], d.Actors.Select(a => a.Actor.Name));
        Assert.All(d.Actors, a => Assert.Equal("SY", a.Actor.Country));
    }

    [Fact]
    public void Generic_state_forces_resolve_to_the_country_row()
    {
        var m = Single("قصف الجيش المدينة");
        Assert.Equal("Military Forces of (X)", m.Actor.Name);
        var resolved = _catalog.ResolveGenericCountry(m.Actor, "SY", 2018);
        Assert.Equal("Military Forces of Syria (2000-2024)", resolved.Name);
        Assert.Equal("Military Forces of Jordan", _catalog.ResolveGenericCountry(m.Actor, "JO").Name);
    }

    [Fact]
    public void Foreign_forces_get_inter_8_in_the_event_country()
    {
        var turkey = Single("القوات التركية").Actor;
        Assert.Equal(8, turkey.WithEventCountry("SY").Inter);
        Assert.Equal(1, turkey.WithEventCountry("TR").Inter);
        Assert.Equal(1, turkey.WithEventCountry("SY").WithEventCountry("TR").Inter);
        var hezbollah = Single("حزب الله").Actor;
        Assert.Equal(8, hezbollah.WithEventCountry("SY").Inter);
        var isis = Single("داعش").Actor;
        Assert.Equal(2, isis.WithEventCountry("SY").Inter);
    }

    [Fact]
    public void Country_names_are_reported_as_metonymy_but_not_after_a_preposition()
    {
        var d = Run("قصفت تركيا مواقع في سوريا");
        var countries = d.Actors.Where(a => a.Rule == "country").ToList();
        Assert.Single(countries);
        Assert.Equal("Military Forces of Turkey", countries[0].Actor.Name);
    }

    [Theory]
    [InlineData("قصفت تركيا مطارا عسكريا وسط سوريا")]
    [InlineData("قصفت تركيا مواقع في أنحاء سوريا")]
    public void A_country_after_a_word_of_its_middle_or_its_parts_is_no_actor(string text)
    {
        var countries = Run(text).Actors.Where(a => a.Rule == "country").ToList();
        Assert.Equal("Military Forces of Turkey", Assert.Single(countries).Actor.Name);
    }

    [Fact]
    public void Spans_point_into_the_original_text()
    {
        const string text = "وأعلن «داعش» مسؤوليته";
        var d = Run(text);
        var m = Assert.Single(d.Actors);
        Assert.Equal("داعش", text[m.Span.Start..m.Span.End]);
    }

    [Fact]
    public void Persons_keep_role_and_affiliation()
    {
        var d = Run("وقال المتحدث باسم التحالف إن الطائرات أصابت أهدافها");
        var p = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("spokesman", p.Role);
        Assert.Equal("التحالف", p.Affiliation);

        d = Run("وقال الرئيس السوري بشار الأسد في خطاب");
        p = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("president", p.Role);
        Assert.Equal("Syria", p.Affiliation);
        Assert.Equal("بشار الأسد", p.Canonical);
        Assert.Equal("بشار الأسد", d.Slice(p.NameSpan!.Value));
    }

    [Fact]
    public void A_rank_between_affiliation_and_name_is_skipped()
    {
        var d = Run("وقال المتحدث باسم الجيش السوري العميد محمد يوسف إن");
        var p = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("spokesman", p.Role);
        Assert.Equal("Military Forces of Syria", p.Affiliation);
        Assert.Equal("محمد يوسف", p.Canonical);
    }

    [Fact]
    public void A_name_set_off_by_commas_after_its_title_is_the_title_s()
    {
        var d = Run("تركت الصحيفة عمودا فارغا دعما للصحفي، محمد خاشقجي، الذي اعتاد أن يكتب مقالات");
        var p = Assert.Single(d.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("journalist", p.Role);
        Assert.Equal("محمد خاشقجي", p.Canonical);
    }

    [Fact]
    public void Titles_keep_their_article()
    {
        // أمام ("in front of") is not الإمام ("the imam").
        Assert.DoesNotContain(Run("وقف أمام البرلمان").Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_nationality_adjective_is_not_a_country()
    {
        // سورية is also a way to write Syria; السورية after a noun is the adjective.
        Assert.DoesNotContain(Run("قالت الحكومة السورية").Actors, a => a.Rule == "country");
        Assert.Contains(Run("قصفت سورية المدينة").Actors, a => a.Rule == "country");
    }

    [Fact]
    public void Sources_are_organisations_with_their_canonical_name()
    {
        var d = Run("بحسب المرصد السوري لحقوق الإنسان ووكالة الأنباء السورية سانا");
        var orgs = d.Entities.Where(e => e.Type == EntityType.Organization).Select(e => e.Canonical).ToList();
        Assert.Equal(["Syrian Observatory for Human Rights", "SANA"], orgs);
    }

    [Fact]
    public void Organisations_follow_their_cue_words()
    {
        var d = Run("وقالت منظمة العفو الدولية في تقرير");
        var org = Assert.Single(d.Entities, e => e.Type == EntityType.Organization);
        Assert.Equal("منظمة العفو الدولية", org.Surface);
        // A definite cue alone is an anaphor, not a name.
        Assert.DoesNotContain(Run("وقال التنظيم المتشدد").Entities, e => e.Type == EntityType.Organization);
    }
}
