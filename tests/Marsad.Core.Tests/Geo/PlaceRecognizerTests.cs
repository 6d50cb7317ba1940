using Marsad.Core.Geo;

namespace Marsad.Core.Tests.Geo;

public class PlaceRecognizerTests
{
    private static PlaceMention Single(Document doc, string surface) => Assert.Single(doc.Places, p => p.Surface == surface);

    [Theory]
    [InlineData("سيطر التنظيم على أحياء بالبوكمال.", "البوكمال", 170001)]
    [InlineData("وصلت التعزيزات والرقة هادئة.", "الرقة", 170003)]
    [InlineData("وفي حلب قتل شخصان.", "حلب", 170004)]
    [InlineData("اشتباكات في دير الزور أمس.", "دير الزور", 170002)]
    [InlineData("قصف على رأس العين.", "رأس العين", 170007)]
    [InlineData("تقدم نحو جسر الشغور.", "جسر الشغور", 170006)]
    public void Finds_names_with_clitics_and_several_words(string text, string surface, long id)
    {
        var doc = GeoTestData.Parse(text);
        var m = Single(doc, surface);
        Assert.Equal(surface, doc.Text[m.Span.Start..m.Span.End]);
        Assert.Equal(id, m.Place!.GeonameId);
        Assert.Equal(1, m.GeoPrecision);
    }

    [Theory]
    [InlineData("قصفت الطائرات مواقع المعارضة بحلب أمس.")]
    [InlineData("وصلت التعزيزات إلى إدلب وحلب أمس.")]
    public void A_large_city_of_three_letters_is_found_after_a_joined_letter(string text)
    {
        // ("ب+كري" in "بكري" stays a word: only a large city of the region is read so)
        var doc = GeoTestData.Parse(text);
        Assert.Contains(doc.Places, p => p.Surface == "حلب" && p.Place!.Name == "Aleppo");
    }

    [Theory]
    [InlineData("انفجرت سيارة مفخخة في شارع الرقة وسط المدينة.", false)]
    [InlineData("خرج المتظاهرون إلى شوارع الرقة أمس.", true)]
    [InlineData("وهو اسم شارع بالرقة حيث بدأت الاحتجاجات.", true)]
    public void A_name_right_after_the_noun_of_one_street_names_the_street_not_the_town(string text, bool town)
    {
        // ("شارع الرقة" in another city is Raqqa Street; the streets of Raqqa and a street in Raqqa are Raqqa's)
        var doc = GeoTestData.Parse(text);
        Assert.Equal(town, doc.Places.Any(p => p.Place?.Name == "Ar Raqqah"));
    }

    [Fact]
    public void A_name_joined_by_and_to_a_place_of_its_country_is_the_list_s_next_place()
    {
        // "حماة" is also a common word ("protectors"), and "و+حماة" a short name after a letter taken off.
        var doc = GeoTestData.Parse("وقصفت الطائرات في حلب وحماة أمس.");
        Assert.Contains(doc.Places, p => p.Surface == "حماة" && p.Place!.Name == "Hama");
    }

    [Fact]
    public void A_country_is_a_place_with_precision_3_but_its_adjective_is_not()
    {
        var doc = GeoTestData.Parse("قال الجيش السوري إن الحكومة السورية تسيطر على معظم سوريا.");
        var m = Assert.Single(doc.Places);
        Assert.Equal("سوريا", m.Surface);
        Assert.Equal("SY", m.Place!.CountryCode);
        Assert.Equal(3, m.GeoPrecision);
    }

    [Fact]
    public void Clitic_on_a_country()
    {
        var doc = GeoTestData.Parse("زيارة لسوريا.");
        Assert.Equal("سوريا", Assert.Single(doc.Places).Surface);
    }

    [Theory]
    [InlineData("قصفت الطائرات شمال حلب.", "north of")]
    [InlineData("اشتباكات قرب حلب.", "near")]
    [InlineData("انفجار على بعد 10 كلم من حلب.", "distance from")]
    public void Relative_phrases_give_precision_2(string text, string relation)
    {
        var m = Single(GeoTestData.Parse(text), "حلب");
        Assert.Equal(2, m.GeoPrecision);
        Assert.Equal(relation, m.Relation);
        Assert.Equal(170004, m.Place!.GeonameId);
    }

    [Theory]
    [InlineData("احتجاجات في الرقة وفي مدن إيرانية بسبب الغلاء.", "إيرانية")]
    [InlineData("أطلقوا الصواريخ من الرقة باتجاه بلدات إسرائيلية محاذية.", "إسرائيلية")]
    [InlineData("ودخلت القوات مدينة الرقة ورفعوا أعلامهم.", "رفعوا")]
    [InlineData("قتل 13 مسلحا في الرقة خلال تبادل لإطلاق النار بمناطق المداهمات.", "المداهمات")]
    [InlineData("شن الغارات في الرقة على مناطق تجمعات المسلحين.", "تجمعات")]
    [InlineData("قرب الرقة جاء إطلاق النار من منطقة غير معروفة.", "غير")]
    [InlineData("استهدفت الغارات في الرقة مناطق للمعارضين.", "للمعارضين")]
    public void Words_after_a_settlement_cue_that_only_describe_it_name_no_unknown_village(string text, string word)
    {
        // a country's adjective, the clause's next verb, and what goes on in "areas of …" are no names the gazetteer lacks
        Assert.DoesNotContain(GeoTestData.Parse(text).Places, p => p.Surface.StartsWith(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_definite_name_after_a_cue_stays_a_name_even_if_it_reads_like_an_adjective()
    {
        var doc = GeoTestData.Parse("اغارت الطائرات على منطقة السودانية شمال غرب مدينة الرقة.");
        Assert.Contains(doc.Places, p => p.Surface == "السودانية" && p.Relation == "in the area of");
    }

    [Fact]
    public void An_unknown_village_keeps_the_town_it_was_first_placed_by()
    {
        // "الطابية" is placed by Deir ez-Zor in its own sentence; told again next to no town, after Raqqa is named,
        // it stays at Deir ez-Zor rather than moving to the nearer Raqqa.
        var doc = GeoTestData.Parse("قصفت الطائرات قرية الطابية بريف دير الزور. واشتباكات في الرقة. وتعرضت قرية الطابية لقصف جديد.");
        var villages = doc.Places.Where(p => p.Surface == "الطابية").ToList();
        Assert.Equal(2, villages.Count);
        Assert.All(villages, v => Assert.Equal(170002, v.Place!.GeonameId));
        Assert.All(villages, v => Assert.Equal("in the area of", v.Relation));
    }

    [Fact]
    public void An_unknown_village_with_no_town_in_its_sentence_is_placed_by_the_town_the_article_is_about()
    {
        var doc = GeoTestData.Parse("اشتباكات في دير الزور. وقصف على دير الزور. وغارات على دير الزور. وتقدمت القوات في محيط قرية الطابية. وفي الرقة هدوء.");
        var village = Assert.Single(doc.Places, p => p.Surface == "الطابية");
        Assert.Equal(170002, village.Place!.GeonameId);   // Deir ez-Zor, named three times, not Raqqa, named once but nearer
    }

    [Fact]
    public void An_unknown_village_is_not_placed_by_a_town_of_a_contrasted_clause()
    {
        // "في حين" starts another clause: its town (Raqqa) does not place the villages; the article's town does.
        var doc = GeoTestData.Parse("اشتباكات في دير الزور. وقصف على دير الزور. وقصف المسلحون قرية الطابية، في حين تقدمت القوات في الرقة.");
        var village = Assert.Single(doc.Places, p => p.Surface == "الطابية");
        Assert.Equal(170002, village.Place!.GeonameId);
    }

    [Theory]
    [InlineData("اقتحمت القوات بلدة الطابية وتمكنت من السيطرة على أجزاء منها في دير الزور.", "تمكنت")]
    [InlineData("وتركزت المعارك في مناطق الطابية والصبحة وامتدت إلى قرية أخرى في دير الزور.", "امتدت")]
    [InlineData("واستعادت القوات قرى الطابية والجبال المحيطة بها في دير الزور.", "الجبال")]      // the land around, by its kind
    public void A_verb_after_a_list_of_villages_is_not_another_village(string text, string verb)
    {
        var doc = GeoTestData.Parse(text);
        Assert.Contains(doc.Places, p => p.Surface == "الطابية");
        Assert.DoesNotContain(doc.Places, p => p.Surface == verb || p.Surface == "و" + verb);
    }

    [Fact]
    public void Countryside_with_a_direction()
    {
        var m = Single(GeoTestData.Parse("غارات على ريف حلب الشرقي."), "حلب");
        Assert.Equal(2, m.GeoPrecision);
        Assert.Contains("countryside", m.Relation);
        Assert.Contains("east", m.Relation);
    }

    [Fact]
    public void A_small_place_abroad_put_at_once_in_a_region_of_another_country_is_a_village_of_that_region()
    {
        // Adam (Oman) is no settlement of the West Bank: the name stands at the region it is put in
        var doc = GeoTestData.Parse("قتل مستوطن في هجوم بسكين في مستوطنة آدم بالضفة الغربية.");
        var adam = Single(doc, "آدم");
        Assert.NotEqual("OM", adam.Place!.CountryCode);
        Assert.Equal("in the area of", adam.Relation);
    }

    [Fact]
    public void A_town_that_is_also_a_common_noun_needs_its_context()
    {
        Assert.Empty(GeoTestData.Parse("وحمّل المتظاهرون الطبقة السياسية المسؤولية.").Places);
        Assert.Equal(300008, Single(GeoTestData.Parse("اشتباكات في الطبقة."), "الطبقة").Place!.GeonameId);
    }

    [Fact]
    public void A_given_name_blocks_no_place_written_with_the_article()
    {
        // "رياض" is a man's name; "الرياض" is the city
        Assert.Equal(300006, Single(GeoTestData.Parse("سقط صاروخ في الرياض."), "الرياض").Place!.GeonameId);
    }

    [Fact]
    public void An_adjective_after_a_cue_names_no_place()
    {
        // "جديدة" is a village, but "مناطق جديدة" are new areas
        var doc = GeoTestData.Parse("وسيطرت القوات على مناطق جديدة قرب مدينة حلب.");
        Assert.DoesNotContain(doc.Places, p => p.Place?.Name == "Judaydah");
        Assert.Contains(doc.Places, p => p.Place?.Name == "Aleppo");
    }

    [Fact]
    public void An_ambiguous_name_needs_context()
    {
        Assert.Empty(GeoTestData.Parse("قال حماة الديار كلمتهم.").Places);
        Assert.Equal(170005, Single(GeoTestData.Parse("قتل ثلاثة في حماة."), "حماة").Place!.GeonameId);
        Assert.Equal(170005, Single(GeoTestData.Parse("اشتباكات في مدينة حماة."), "حماة").Place!.GeonameId);
    }

    [Fact]
    public void A_second_direction_joined_by_wa_leaves_the_first_directions_name()
    {
        // "بشمال ووسط سيناء": North Sinai (the governorate), not the peninsula
        var m = Assert.Single(GeoTestData.Parse("قتل 8 مسلحين بشمال ووسط سيناء.").Places);
        Assert.Equal("North Sinai", m.Place!.Name);
    }

    [Fact]
    public void Peaceful_is_no_town()
    {
        // "سلمية" is the town of As Salamiyah and the adjective "peaceful"
        Assert.Empty(GeoTestData.Parse("وأكد المنظمون أن التظاهرات سلمية.").Places);
        Assert.Equal(300009, Single(GeoTestData.Parse("قتل ثلاثة في مدينة السلمية."), "السلمية").Place!.GeonameId);
    }

    [Theory]
    [InlineData("المتابع لموقف الدول العربية من التظاهرات والاحتجاجات السلمية يلاحظ الفرق بين المغرب وسوريا.")]
    [InlineData("خرجت المسيرات السلمية في مدن سوريا.")]
    public void A_word_name_right_after_a_noun_with_the_article_is_its_adjective(string text) =>
        // (a preposition near, a town of the country in the sentence: still "the peaceful protests")
        Assert.DoesNotContain(GeoTestData.Parse(text).Places, p => p.Surface.Contains("السلمية"));

    [Fact]
    public void A_common_word_needs_a_cue_noun()
    {
        Assert.DoesNotContain(GeoTestData.Parse("فتح الباب أمام المفاوضات.").Places, p => p.Surface.Contains("الباب"));
        Assert.Equal(130745, Single(GeoTestData.Parse("دخلت القوات مدينة الباب."), "الباب").Place!.Population);
    }

    [Fact]
    public void Countries_named_in_the_document_decide_between_readings()
    {
        var lebanon = GeoTestData.Parse("وقعت اشتباكات في طرابلس شمال لبنان.");
        Assert.Equal("LB", Single(lebanon, "طرابلس").Place!.CountryCode);
        var libya = GeoTestData.Parse("وقعت اشتباكات في طرابلس عاصمة ليبيا.");
        Assert.Equal("LY", Single(libya, "طرابلس").Place!.CountryCode);
    }

    [Fact]
    public void Stated_hierarchy_and_proximity_choose_the_reading()
    {
        var doc = GeoTestData.Parse("سيطر الجيش على البوكمال في محافظة دير الزور.");
        Assert.Equal(170001, Single(doc, "البوكمال").Place!.GeonameId);
    }

    [Fact]
    public void Governorate_cue_gives_the_admin1_unit()
    {
        var m = Single(GeoTestData.Parse("غارات على محافظة دير الزور."), "دير الزور");
        Assert.Equal("ADM1", m.Place!.FeatureCode);
        Assert.Equal(3, m.GeoPrecision);
    }

    [Fact]
    public void An_unknown_village_after_a_cue_is_placed_at_its_context_with_precision_2()
    {
        var doc = GeoTestData.Parse("قتل مدنيان في قرية الزهيرية بريف دير الزور.");
        var m = Single(doc, "الزهيرية");
        Assert.Equal(170002, m.Place!.GeonameId);
        Assert.Equal(2, m.GeoPrecision);
    }

    [Fact]
    public void Spans_point_into_the_original_text_with_harakat()
    {
        var doc = GeoTestData.Parse("دخلوا بِالبُوكَمَال صباحاً.");
        var m = Assert.Single(doc.Places);
        Assert.Equal("البُوكَمَال", m.Surface);
        Assert.Equal(170001, m.Place!.GeonameId);
    }
}
