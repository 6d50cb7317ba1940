using Marsad.Core.Actors;

namespace Marsad.Core.Tests.Actors;

public class ActorCatalogTests : IDisposable
{
    private readonly ActorTestCatalog _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("Military Forces of Syria (2000-)", "Military Forces of Syria", true)]
    [InlineData("military forces of syria", "Military Forces of Syria (2014-2022)", true)]
    [InlineData("Military Forces of Libya (2014-) Libyan National Army", "Military Forces of Libya", true)]
    [InlineData("Military Forces of Libya (2014-) Libyan National Army", "Military Forces of Libya (2016-) Government of National Accord", false)]
    [InlineData("Military Forces of Syria", "Military Forces of Iraq", false)]
    [InlineData("Civilians (Syria)", "Civilians (Iraq)", false)]
    public void Names_compare_without_their_period(string a, string b, bool same)
    {
        Assert.Equal(same, ActorNames.SameActor(a, b));
    }

    [Fact]
    public void Placeholders_resolve_to_a_country()
    {
        Assert.Equal("Civilians (Syria)", ActorNames.Resolve("Civilians (X)", "Syria"));
        Assert.Equal("Military Forces of Syria", ActorNames.Resolve("Military Forces of (X)", "Syria"));
    }

    [Fact]
    public void Actors_are_found_by_id_and_by_loose_name()
    {
        var catalog = _files.Load();
        Assert.True(catalog.TryGet("sy-fsa", out var fsa));
        Assert.Equal("Free Syrian Army", fsa.Name);
        Assert.True(catalog.TryGet("Military Forces of Syria", out var latest));
        Assert.Equal("sy-military-2024", latest.Id);
        Assert.True(catalog.TryGet("Military Forces of Syria", 2018, out var then));
        Assert.Equal("sy-military", then.Id);
        Assert.False(catalog.TryGet("Nobody", out _));
    }

    [Fact]
    public void Alias_words_come_without_the_article()
    {
        var words = _files.Load().AliasWords.ToHashSet();
        Assert.Contains("جيش", words);
        Assert.Contains("داعش", words);
        Assert.DoesNotContain("الجيش", words);
    }

    [Fact]
    public void Composed_forces_without_a_catalog_row_are_named_from_the_country()
    {
        var catalog = _files.Load();
        var jo = catalog.StateForce("JO", "police");
        Assert.Equal("Police Forces of Jordan", jo.Name);
        Assert.Equal("JO", jo.Country);
    }

    [Fact]
    public void A_country_with_no_nationality_row_is_named_from_the_countries_table() =>
        // (Mali: "مالي" is mostly "financial", so no nationality row; its police are not "Police Forces of ML")
        Assert.Equal("Police Forces of Mali", ActorCatalog.Default.StateForce("ML", "police").Name);

    [Theory]
    [InlineData("bad id!\tSyria army\t1\tSY\tmilitary\t\t\t\tجيش", "bad id")]
    [InlineData("a\tA\t9\tSY\tmilitary\t\t\t\tجيش", "inter must be 1-8")]
    [InlineData("a\tA\t1\tSyria\tmilitary\t\t\t\tجيش", "ISO2")]
    [InlineData("a\tA\t1\tSY\tarmy\t\t\t\tجيش", "unknown kind")]
    [InlineData("a\tA\t1\tSY\tmilitary\t2020\t2010\t\tجيش", "after")]
    [InlineData("a\tA\t1\tSY\tmilitary\t\t\tnobody\tجيش", "parent")]
    [InlineData("a\tA\t1\tSY\tmilitary\t\t\t\t", "no Arabic alias")]
    [InlineData("a\tCivilians (X)\t7\tSY\tcivilians\t\t\t\tمدنيون", "generic")]
    [InlineData("a\tA\t2\t\trebel\t\t\t\t!تنظيم داعش", "written with its article")]
    [InlineData("a\tA\t2\t\trebel\t\t\t\t@المعارضة", "actor with a country")]
    [InlineData("a\tA\t2\tSY\trebel\t\t\t\t@المعارضة المسلحة", "one-word alias")]
    public void Loading_errors_name_file_and_line(string badRow, string problem)
    {
        string actors = _files.Actors("# comment", "ok\tOK\t1\tSY\tmilitary\t\t\t\tقوات", badRow);
        var e = Assert.Throws<LexiconFormatException>(() => ActorCatalog.Load(actors, _files.Nationalities(), _files.ForceNouns()));
        Assert.Equal(actors, e.FilePath);
        Assert.Equal(4, e.Line);
        Assert.Contains(problem, e.Message);
        Assert.StartsWith($"{actors}:4:", e.Message);
    }

    [Fact]
    public void A_duplicate_id_is_an_error()
    {
        string actors = _files.Actors("a\tA\t1\tSY\tmilitary\t\t\t\tقوات", "a\tB\t1\tSY\tmilitary\t\t\t\tجيش");
        var e = Assert.Throws<LexiconFormatException>(() => ActorCatalog.Load(actors, _files.Nationalities(), _files.ForceNouns()));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_line()
    {
        string actors = _files.Write("actors.tsv", "# c", "id\tname\tinter\tcountry\tkind", "a\tA\t1\tSY\tmilitary");
        var e = Assert.Throws<LexiconFormatException>(() => ActorCatalog.Load(actors, _files.Nationalities(), _files.ForceNouns()));
        Assert.Equal(2, e.Line);
        Assert.Contains("aliases_ar", e.Message);
    }

    [Fact]
    public void Nationality_and_force_noun_errors_name_file_and_line()
    {
        string nat = _files.Write("nat.tsv", "iso2\tcountry_en\tcountry_ar\tadjectives_ar", "SYR\tSyria\tسوريا\tسوري");
        var e = Assert.Throws<LexiconFormatException>(() => ActorCatalog.Load(_files.Actors(ActorTestCatalog.DefaultRows), nat, _files.ForceNouns()));
        Assert.Equal((nat, 2), (e.FilePath, e.Line));
        string nouns = _files.Write("nouns.tsv", "noun_ar\tkind\tair", "الجيش\tmilitary\t0", "الطيران\tmilitary\tyes");
        e = Assert.Throws<LexiconFormatException>(() => ActorCatalog.Load(_files.Actors(ActorTestCatalog.DefaultRows), _files.Nationalities(), nouns));
        Assert.Equal((nouns, 3), (e.FilePath, e.Line));
    }

    [Fact]
    public void Source_errors_name_file_and_line()
    {
        string path = _files.Write("sources.tsv", "name_en\tkind\taliases_ar", "SANA\tagency\tسانا", "X\tblog\tمدونة");
        var e = Assert.Throws<LexiconFormatException>(() => SourceCatalog.Load(path));
        Assert.Equal((path, 3), (e.FilePath, e.Line));
    }

    [Fact]
    public void Learnt_names_load_and_report_bad_lines()
    {
        string ok = _files.Write("names.tsv", "# learnt", "type\tphrase\tcount", "PERS\tكوفي عنان\t3", "GIVEN\tكوفي\t2", "LOC\tبرلين\t5");
        var g = NameGazetteer.Load(ok);
        Assert.Equal(2, g.Count);
        Assert.Contains("كوفي", g.GivenNames);
        string bad = _files.Write("bad.tsv", "type\tphrase\tcount", "PERS\tكوفي عنان\t3", "MISC\tشيء\t1");
        var e = Assert.Throws<LexiconFormatException>(() => NameGazetteer.Load(bad));
        Assert.Equal((bad, 3), (e.FilePath, e.Line));
    }

    [Fact]
    public void An_extra_catalog_adds_only_new_aliases()
    {
        string extra = _files.Write("extra.tsv", ActorTestCatalog.ActorsHeader,
            "cameo-syrmil\tMilitary Forces of Syria\t1\tSY\tmilitary\t\t\t\tجيش سوري | الجيش السوري | قوات سورية نظامية",
            "cameo-jorcop\tPolice Forces of Jordan\t1\tJO\tpolice\t\t\t\tشرطة أردنية");
        var catalog = ActorCatalog.Load(_files.Actors(ActorTestCatalog.DefaultRows), _files.Nationalities(), _files.ForceNouns(), extra);
        // "جيش سوري" = "الجيش السوري" once the article is ignored: the main catalog keeps it.
        Assert.All(catalog.AliasMatcher.Lookup("الجيش السوري"), a => Assert.StartsWith("sy-military", a.Id));
        Assert.Contains(catalog.AliasMatcher.Lookup("قوات سورية نظامية"), a => a.Id.StartsWith("sy-military"));
        Assert.True(catalog.TryGet("Police Forces of Jordan", out var jo));
        Assert.Equal("cameo-jorcop", jo.Id);
    }

    [Fact]
    public void An_unnamed_army_in_a_territory_another_state_holds_is_that_states_army()
    {
        string nationalities = _files.Write("nationalities-army.tsv",
            "iso2\tcountry_en\tcountry_ar\tadjectives_ar\tarmy_in_territory",
            "IL\tIsrael\tإسرائيل\tإسرائيلي",
            "PS\tPalestine\tفلسطين\tفلسطيني\tIL");
        string actors = _files.Actors("il-army\tMilitary Forces of Israel\t1\tIL\tmilitary\t\t\t\tالجيش الإسرائيلي",
            "generic-military\tMilitary Forces of (X)\t1\t\tmilitary\t\t\t\tجنود");
        var catalog = ActorCatalog.Load(actors, nationalities, _files.ForceNouns());
        Assert.Equal("IL", catalog.ArmyCountryIn("PS"));
        Assert.Equal("IL", catalog.ArmyCountryIn("IL"));
        Assert.True(catalog.TryGet("generic-military", out var soldiers));
        Assert.Equal("Military Forces of Israel", catalog.ResolveGenericByPlace(soldiers, "PS").Name);
        // (a malformed country code names its file and line)
        string bad = _files.Write("nationalities-bad.tsv", "iso2\tcountry_en\tcountry_ar\tadjectives_ar\tarmy_in_territory", "PS\tPalestine\tفلسطين\tفلسطيني\tIsrael");
        var e = Assert.Throws<LexiconFormatException>(() => ActorCatalog.Load(actors, bad, _files.ForceNouns()));
        Assert.StartsWith($"{bad}:2:", e.Message);
    }
}
