namespace Marsad.Core.Tests.Events;

/// <summary>
/// An armed force's statement of its operations (the Egyptian army's "Sinai 2018" bulletins are the type): militants it
/// says it eliminated or killed, counted, died in a clash with it; bombs it says it blew up were cleared; its spokesman
/// or statement named again speaks for it.
/// </summary>
public class ArmyStatementTests
{
    // The one event of the text is the Egyptian army's clash, with its count of dead.
    private static void TheArmysClash(string text, string published, int dead)
    {
        var e = Assert.Single(TestPipeline.Extract(text, published).Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Military Forces of Egypt", e.Actor1!.Name);
        Assert.Equal(dead, e.Fatalities);
    }

    [Fact]
    public void A_counted_elimination_in_a_force_statement_is_its_clash() =>
        TheArmysClash("أعلنت القوات المسلحة المصرية، الأربعاء، القضاء على 30 إرهابيا بشمال سيناء.", "2018-04-25", 30);

    [Marsad.Core.Tests.Geo.GazetteerFact]
    public void People_counted_dead_in_a_states_words_are_no_militants_it_fought() =>
        // ("مقتل 32 شخصا … في تفجير نسب للتنظيم": the dead are people, the group named after them is the bomber)
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقالت تركيا يوم السبت إن قرارها دخول المعركة ضد تنظيم داعش بعد وقت قصير على مقتل 32 شخصا في مدينة سروج التركية الحدودية في تفجير انتحاري نسب للتنظيم سيساعد على خلق منطقة آمنة.",
            "2015-07-27").Events, e => e.SubEventType == "Armed clash");

    [Fact]
    public void Eliminating_terrorism_is_no_count_of_dead() =>
        Assert.Empty(TestPipeline.Extract("وأكد الرئيس المصري في بيان عزم القوات المسلحة على القضاء على الإرهاب في شمال سيناء.", "2018-04-25").Events);

    [Fact]
    public void The_spokesman_named_again_speaks_for_the_same_force()
    {
        var doc = TestPipeline.Extract(
            "أعلن المتحدث باسم الجيش المصري، الاثنين، قصف 166 هدفا في شمال سيناء. ولفت المتحدث إلى \"القضاء على عدد (4) عنصر تكفيري مسلح في شمال سيناء\".",
            "2018-02-19");
        var clash = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.StartsWith("Military Forces of Egypt", clash.Actor1!.Name);
        Assert.Equal(4, clash.Fatalities);
        Assert.Equal("Military Forces of Egypt", clash.Claim?.DisplayName);
    }

    [Fact]
    public void A_spokesman_named_again_by_his_family_name_speaks_for_the_same_side()
    {
        var doc = TestPipeline.Extract(
            "وقال المتحدث باسم التحالف العربي، تركي المالكي، في مؤتمر صحفي إن العمليات مستمرة. وأعلن المالكي اعتراض صاروخ باليستي أطلقه الحوثيون باتجاه الرياض.",
            "2018-04-16");
        Assert.Equal("Coalition (Saudi-led)", Assert.Single(doc.Events).Claim?.DisplayName);
        // (and the director of the Observatory, named in the source phrase after it)
        doc = TestPipeline.Extract(
            "وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن لفرانس برس إن المعارك مستمرة. وقال عبد الرحمن إن الطائرات الروسية قصفت مدينة دوما أمس.",
            "2018-03-10");
        Assert.Equal("Syrian Observatory for Human Rights", Assert.Single(doc.Events).Claim?.DisplayName);
    }

    [Theory]
    [InlineData("وقالت وكالة الأنباء الفلسطينية إن قوات الجيش الإسرائيلي اعتقلت خمسة فلسطينيين في مدينة القدس أمس.", "WAFA")]
    [InlineData("وقال التلفزيون الرسمي السوري إن الجيش السوري قصف مواقع تنظيم داعش في مدينة حلب أمس.", "Syrian state television")]
    [InlineData("ونقلت وكالات أنباء روسية أن الجيش السوري قصف مواقع تنظيم داعش في مدينة حلب أمس.", "Russian news agencies")]
    [InlineData("وقال مركز الدفاع المدني إن الطائرات الروسية قصفت مدينة حلب أمس.", "Civil Defence")]
    [InlineData("وذكر الإعلام الرسمي أن الجيش السوري قصف مواقع تنظيم داعش في مدينة حلب أمس.", "State media")]
    public void A_source_the_catalog_names_by_its_common_arabic_name_is_named(string text, string source) =>
        Assert.Contains(TestPipeline.Extract(text, "2018-04-01").Events, e => e.Claim?.DisplayName == source);

    [Fact]
    public void The_statement_named_again_is_the_ministry_s()
    {
        var doc = TestPipeline.Extract(
            "قالت وزارة الداخلية في بيان إن قوات الأمن اعتقلت خمسة أشخاص. وأضاف البيان أن قوات الأمن اعتقلت 3 آخرين في الجيزة.", "2018-04-01");
        var arrest = Assert.Single(doc.Events);
        Assert.Equal("Ministry of Interior", arrest.Claim?.DisplayName);
    }

    [Fact]
    public void Militants_deaths_the_army_announces_are_its_clash() =>
        TheArmysClash("أعلن الجيش المصري، الأحد، عن مقتل خمسة من العناصر التكفيرية في شمال سيناء.", "2018-04-02", 5);

    // (the source phrase runs on past the army's name; the count is quoted; "تكفيريا" is an accusative after it)
    [Fact]
    public void Militants_counted_in_a_word_no_actor_list_holds_died_in_its_clash() =>
        TheArmysClash("كشف الجيش المصري نتائج البيان رقم 28 للعملية الشاملة، معلنا مقتل \"52 تكفيريا\" في شمال سيناء.", "2018-10-08", 52);

    [Fact]
    public void People_the_army_seized_counted_were_arrested()
    {
        var e = Assert.Single(TestPipeline.Extract("أعلنت القوات المسلحة المصرية، الأربعاء، ضبط 173 آخرين بشمال سيناء.", "2018-04-25").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.StartsWith("Military Forces of Egypt", e.Actor1!.Name);
    }

    [Fact]
    public void The_group_named_after_the_seized_did_not_seize_them() =>
        Assert.DoesNotContain(TestPipeline.Extract("ودمرت قوات الجيش المصري 76 وكرا للإرهابيين في رفح، كما ضبطت 7 أفراد مما يعرف تنظيم أنصار بيت المقدس.",
            "2018-05-05").Events, e => e.SubEventType == "Arrests" && e.Actor1?.Name == "Wilayat Sinai");

    [Fact]
    public void Its_own_dead_are_no_clash_it_tells_of() =>
        Assert.Empty(TestPipeline.Extract("وأعلن الجيش مقتل 3 جنود في شمال سيناء.", "2018-04-02").Events);

    [Fact]
    public void Bombs_the_army_blew_up_were_cleared()
    {
        var e = Assert.Single(TestPipeline.Extract("وذكر الجيش في بيانه أن عناصره تمكنوا من تفجير 163 عبوة ناسفة في شمال سيناء.", "2018-04-02").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("Military Forces of Egypt", e.Actor1!.Name);
    }

    [Theory]
    [InlineData("وقال الجيش السوري في بيان إن عناصره جرحوا بتفجير عبوة ناسفة في مدينة حلب.")]
    [InlineData("قتل 8 جنود من الجيش السوري في تفجير سيارة مفخخة في مدينة حلب.")]
    public void Soldiers_hit_by_a_bomb_did_not_blow_it_up(string text) =>
        Assert.Equal("Remote explosive/landmine/IED", Assert.Single(TestPipeline.Extract(text, "2018-02-17").Events).SubEventType);

    [Fact]
    public void An_article_that_names_one_region_and_no_town_is_about_that_region()
    {
        var doc = TestPipeline.Extract(
            "أعلن الجيش المصري قصف 166 هدفا في شمال سيناء. وأضاف المتحدث العسكري أن القوات الجوية استهدفت 5 أهداف للعناصر الإرهابية.", "2018-02-19");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal("North Sinai", strike.Location?.Place?.Admin1Name);
    }
}

/// <summary>A lexicon form ending in "#" asks for a count right after it, without taking the count in; a "#" inside a form is a count that is part of it.</summary>
public class CountFollowsFormTests
{
    private static List<(int Last, string Value)> Matches(string text, params string[] forms)
    {
        var index = new Marsad.Core.Events.PhraseIndex<string>();
        foreach (var f in forms) index.Add(f, f);
        var doc = TestPipeline.Extract(text, "2018-04-25");
        var found = new List<(int Last, string Value)>();
        for (int i = 0; i < doc.Tokens.Count; i++) index.MatchInto(doc.Tokens, i, doc.Tokens.Count, found);
        return found.Distinct().ToList();   // (a phrase is met once per key of its first word)
    }

    [Theory]
    [InlineData("أعلن الجيش القضاء على 30 إرهابيا.")]
    [InlineData("أعلن الجيش القضاء على عدد (4) عناصر.")]
    [InlineData("أعلن الجيش القضاء على ستة مسلحين.")]
    public void A_count_after_the_words_completes_the_form(string text) =>
        Assert.Equal("القضاء على #", Assert.Single(Matches(text, "القضاء على #")).Value);

    [Fact]
    public void No_count_no_match() => Assert.Empty(Matches("أكد الجيش عزمه على القضاء على الإرهاب.", "القضاء على #"));

    [Fact]
    public void The_count_is_not_part_of_the_match()
    {
        var doc = TestPipeline.Extract("أعلن الجيش القضاء على 30 إرهابيا.", "2018-04-25");
        var (last, _) = Assert.Single(Matches("أعلن الجيش القضاء على 30 إرهابيا.", "القضاء على #"));
        Assert.Equal("على", doc.Tokens[last].Surface);
    }

    [Fact]
    public void A_count_may_be_the_second_word() =>
        Assert.Single(Matches("أعلن الجيش مقتل خمسة من العناصر.", "مقتل #"));

    [Theory]
    [InlineData("# القضاء على")]
    [InlineData("منذ # عاما #")]
    public void A_count_stands_once_and_never_first(string form) =>
        Assert.Throws<FormatException>(() => new Marsad.Core.Events.PhraseIndex<string>().Add(form, "x"));

    [Theory]
    [InlineData("قال إنه يعيش هناك منذ 13 عاما.")]
    [InlineData("قال إنه يعيش هناك منذ ثلاثة عشر عاما.")]
    public void A_count_inside_the_form_is_part_of_the_match(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-04-25");
        var (last, value) = Assert.Single(Matches(text, "منذ # عاما"));
        Assert.Equal("منذ # عاما", value);
        Assert.Equal("عاما", doc.Tokens[last].Surface);
    }

    [Theory]
    [InlineData("وقال الحريري: \"منذ 13 سنة، اغتالوا الرئيس رفيق الحريري\".", "منذ")]
    [InlineData("جرائم النظام المتواصلة منذ خمس سنوات.", "منذ")]
    [InlineData("إلقاء القبض على من تسببوا في المجزرة منذ عدة سنوات.", "منذ")]
    public void Years_ago_told_with_a_count_are_background(string text, string cueWord)
    {
        var doc = TestPipeline.Extract(text, "2018-04-25");
        int at = doc.Tokens.FindIndex(t => t.Surface == cueWord);
        Assert.True(doc.Cues.IsAt(Marsad.Core.Events.CueClass.Background, at, doc.Tokens.Count, out _));
    }

    [Fact]
    public void A_count_inside_the_form_must_be_there() => Assert.Empty(Matches("قال إنه يعيش هناك منذ عاما.", "منذ # عاما"));

    [Fact]
    public void A_count_misplaced_in_a_lexicon_names_file_and_line()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("cues").FullName, "cues.tsv");
        File.WriteAllText(path, "# test\nform_ar\tclass\nمقتل\tkilled\nالقضاء # على #\tkilled\n");
        var e = Assert.Throws<LexiconFormatException>(() => Marsad.Core.Events.CueLexicon.Load(path));
        Assert.Equal(4, e.Line);
        Assert.Contains(path, e.Message);
    }
}
