using Marsad.Core.Geo;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Geo;

/// <summary>Tests on the real gazetteer (GeoNames cities500 in the cache); skipped when scripts/setup has not fetched it.</summary>
public class GeoParserCities500Tests
{
    private static readonly Lazy<GeoParser> Parser = new(() =>
    {
        if (File.Exists(GeoCache.IndexPath())) return GeoParser.CreateDefault();
        string tmp = Path.Combine(Path.GetTempPath(), $"marsad-gz-{Guid.NewGuid():N}.idx");
        GeoCache.BuildIndex([], output: tmp);
        try { return new GeoParser(Gazetteer.Load(tmp)); }
        finally { File.Delete(tmp); }
    });

    [GazetteerFact]
    public void Seed_sentence_resolves_abu_kamal()
    {
        var doc = Parser.Value.Process(new Document("استعاد تنظيم داعش نصف المنطقة التي كان يسيطر عليها في مدينة البوكمال على الحدود العراقية السورية."));
        var m = Assert.Single(doc.Places, p => p.Surface == "البوكمال");
        Assert.Equal("SY", m.Place!.CountryCode);
        Assert.Equal("Deir ez-Zor", m.Place.Admin1Name);
        Assert.True(GeoDistance.Km(34.4523, 40.9185, m.Place.Latitude, m.Place.Longitude) < 5);
        Assert.DoesNotContain(doc.Places, p => p.Surface.Contains("العراقية") || p.Surface.Contains("السورية"));
    }

    [GazetteerFact]
    public void Cameroon_is_a_country_and_cameron_a_man()
    {
        // (data/geo/countries.tsv lists الكاميرون; "كاميرون" without the article is David Cameron unless a place word says otherwise)
        var doc = Parser.Value.Process(new Document("وقال كاميرون إن بريطانيا ستدعم الكاميرون في حربها على بوكو حرام."));
        var m = Assert.Single(doc.Places, p => p.Place?.CountryCode == "CM");
        Assert.Equal("الكاميرون", m.Surface);
        doc = Parser.Value.Process(new Document("قتل 13 شخصا في تفجيرين انتحاريين في شمال الكاميرون."));
        Assert.Contains(doc.Places, p => p.Place?.Name == "Northern Cameroon");
    }

    [GazetteerFact]
    public void Mali_after_a_preposition_is_the_country_and_a_financial_adjective_no_place()
    {
        // (ambiguous-names.txt: "المالي" needs a cue, bare "مالي" a preposition; a country's name is no construct's first noun)
        var doc = Parser.Value.Process(new Document("أنهت قوات الجيش في مالي السبت أزمة احتجاز الرهائن."));
        Assert.Contains(doc.Places, p => p.Place?.CountryCode == "ML");
        doc = Parser.Value.Process(new Document("قدمت السعودية دعم مالي كبير لليمن والوضع المالي صعب."));
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode is "ML" or "TR");
    }

    [GazetteerFact]
    public void An_islands_cue_and_a_conscience_are_no_towns()
    {
        var doc = Parser.Value.Process(new Document("وفر آخرون من الرمادي إلى منطقة جزيرة الخالدية، فيما تعكس الصور انعدام الضمير لدى المسلحين في العراق."));
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode is "DZ" or "SY");
    }

    [GazetteerFact]
    public void A_whole_word_is_no_preposition_joined_to_a_name()
    {
        // "لايزال" (still) is not ل + "ايزال" (Aizawl, India), nor "وتيرة" (pace) و + "تيرة" (Tire, Turkey)
        var doc = Parser.Value.Process(new Document("وقال ترامب إن التنظيم لايزال لديه آلاف المقاتلين في سوريا، وكثفت إسرائيل من وتيرة هجماتها."));
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode is "IN" or "TR");
        Assert.Contains(doc.Places, p => p.Place?.CountryCode == "SY");
    }

    [GazetteerFact]
    public void A_city_that_names_a_clocks_time_is_no_place()
    {
        var doc = Parser.Value.Process(new Document("قصفت الطائرات المطار في حمص بين الساعة 03:25 و03:53 بتوقيت موسكو."));
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "RU");
        Assert.Contains(doc.Places, p => p.Place?.CountryCode == "SY");
    }

    [GazetteerFact]
    public void The_presss_spelling_of_al_malahit_is_found()
    {
        // "الملاحيظ" with ظ, as the Yemeni press writes it (cities500 spells it with ط)
        var doc = Parser.Value.Process(new Document("أفشلت القوات عملية تسلل في جبهة الملاحيظ بمديرية الظاهر جنوب غربي محافظة صعدة."));
        var m = Assert.Single(doc.Places, p => p.Surface.Contains("الملاحيظ"));
        Assert.True(GeoDistance.Km(16.7685, 43.2758, m.Place!.Latitude, m.Place.Longitude) < 5);
    }

    [GazetteerFact]
    public void A_rivers_bank_is_no_west_bank()
    {
        var river = Parser.Value.Process(new Document("تقدمت قوات سوريا الديمقراطية على الضفة الغربية لنهر الفرات قرب دير الزور."));
        Assert.DoesNotContain(river.Places, p => p.Place?.CountryCode == "PS");
        var comma = Parser.Value.Process(new Document("هاجم تنظيم داعش قرى في الضفة الغربية، لنهر الفرات، في شرق سوريا."));
        Assert.DoesNotContain(comma.Places, p => p.Place?.CountryCode == "PS");
        var westBank = Parser.Value.Process(new Document("اعتقلت القوات الإسرائيلية 12 فلسطينيا في الضفة الغربية."));
        Assert.Contains(westBank.Places, p => p.Place?.CountryCode == "PS");
    }

    [GazetteerFact]
    public void One_name_one_place_per_article()
    {
        // the headline's bare "البيضاء" is the Yemeni governorate the body names with its cue, not Libya's city
        var doc = Parser.Value.Process(new Document("قذيفة حوثية تقتل صحفيا في البيضاء\nتوفي صحفي يمني متأثرا بجراحه، بعد إصابته جراء سقوط قذيفة أطلقتها ميليشيات الحوثي في منطقة قانيسة التابعة لمحافظة البيضاء."));
        Assert.All(doc.Places.Where(p => p.Surface.Contains("البيضاء")), p => Assert.Equal("YE", p.Place!.CountryCode));
    }

    [GazetteerFact]
    public void And_that_is_not_van()
    {
        // "وأن الجثمان نقل" is و + أن (and that), not Turkey's Van, written "وان" too; "مدينة وان" is the city
        var doc = Parser.Value.Process(new Document("نعتقد أن القتل متعمد وأن الجثمان نقل إلى خارج القنصلية."));
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "TR");
        doc = Parser.Value.Process(new Document("وقع زلزال في مدينة وان شرقي تركيا."));
        Assert.Contains(doc.Places, p => p.Surface == "وان" && p.Place?.CountryCode == "TR");
    }

    [GazetteerFact]
    public void To_break_is_not_luxor()
    {
        // "لكسر هذا الحصار" is ل + كسر (to break), not Luxor
        var doc = Parser.Value.Process(new Document("فتحت إيران أجواءها لقطر لكسر هذا الحصار."));
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "EG");
    }

    [GazetteerFact]
    public void A_province_whose_countryside_is_named_stays_in_its_country()
    {
        // an article that quotes Washington and Moscow twice does not make "ريف إدلب" a homonym abroad: a governorate
        // seat whose countryside the text names is that seat, and so is the village the gazetteer lacks placed by it
        var doc = Parser.Value.Process(new Document(
            "واتهمت الولايات المتحدة روسيا بدعم النظام، وقالت واشنطن إن على موسكو وقف التصعيد. وشنت طائرات روسية غارات جوية على بلدة الهبيط في ريف إدلب الأحد."));
        Assert.All(doc.Places.Where(p => p.Surface is "إدلب" or "الهبيط"), p => Assert.Equal("SY", p.Place!.CountryCode));
    }

    [GazetteerFact]
    public void Common_words_are_not_places()
    {
        var doc = Parser.Value.Process(new Document("قالت الحكومة في بيان اليوم الجمعة إن الأمن مستتب الآن وإن التحالف يدعم الشعب."));
        Assert.Empty(doc.Places);
    }

    [GazetteerFact]
    public void A_palace_is_no_town()
    {
        // "القصر الرئاسي" is the presidential palace, not a town Al Qasr; "من جهة الشرق" is the east side, no region
        var doc = Parser.Value.Process(new Document("وانفجرت سيارة مفخخة قرب منطقة القصر الرئاسي، وتقدمت القوات نحو المدينة من جهة الشرق."));
        Assert.Empty(doc.Places);
    }

    [GazetteerFact]
    public void Direction_adjectives_that_name_provinces_need_a_cue()
    {
        // The northern border of the Gaza Strip, Syria's south-west region and CENTCOM are no Saudi, Israeli or Omani
        // province; with a cue noun ("منطقة الحدود الشمالية") the province is meant.
        var doc = Parser.Value.Process(new Document(
            "قتل عضوان في قصف على نقطة على الحدود الشمالية للقطاع. واستعادت القوات أراضي في المنطقة الجنوبية الغربية. وقالت القيادة المركزية الوسطى إنها قصفت."));
        Assert.Empty(doc.Places);
        var cued = Parser.Value.Process(new Document("سقطت قذيفة في منطقة الحدود الشمالية بالسعودية."));
        Assert.Contains(cued.Places, p => p.Place!.Admin1Name == "Northern Borders");
    }

    [GazetteerFact]
    public void A_direction_adjective_without_the_article_is_no_province()
    {
        // "areas in the south of the capital" after a cue noun: Bahrain's Southern governorate is written "الجنوبية"
        var doc = Parser.Value.Process(new Document("هاجمت جماعة مسلحة مناطق جنوبية بالعاصمة الليبية طرابلس."));
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "BH");
        var named = Parser.Value.Process(new Document("وقعت اشتباكات في المحافظة الجنوبية بالبحرين."));
        Assert.Contains(named.Places, p => p.Place?.CountryCode == "BH");
    }

    [GazetteerFact]
    public void A_short_name_joined_by_and_to_a_place_is_the_list_s_next_place()
    {
        // "وتعز", "وحمص": three letters after و would otherwise be read as part of a word
        var doc = Parser.Value.Process(new Document("حررت المقاومة منطقة جبلية بين محافظتي لحج وتعز. واستهدفت غارات جوية مواقع عسكرية في دمشق وحمص."));
        Assert.Contains(doc.Places, p => p.Surface == "تعز" && p.Place!.CountryCode == "YE" && p.Relation is null);
        Assert.Contains(doc.Places, p => p.Surface == "حمص" && p.Place!.CountryCode == "SY");
    }

    [GazetteerFact]
    public void Yemeni_districts_the_gazetteer_lacks_are_named_after_a_district_cue()
    {
        // Marsad's own district rows (data/geo/places-extra.tsv); "الحالي" is also "current", so only after a cue
        var doc = Parser.Value.Process(new Document("وتركز القصف على تجمعات الميليشيات في مديريات الحالي والدريهمي وجبل راس. وقال إن الوضع الحالي صعب."));
        var names = doc.Places.Select(p => p.Place!.Name).ToList();
        Assert.Contains("Al Hali", names);
        Assert.Contains("Jabal Ras", names);
        Assert.Single(doc.Places, p => p.Surface.EndsWith("الحالي"));
        var bayda = Parser.Value.Process(new Document("وتدور معارك في مديرية الملاجم ومديرية ناطع بمحافظة البيضاء."));
        Assert.All(bayda.Places.Where(p => p.Place!.FeatureCode == "ADM2"), p => Assert.Equal("YE", p.Place!.CountryCode));
        Assert.Contains(bayda.Places, p => p.Place!.Name == "Al Malajim");
        Assert.Contains(bayda.Places, p => p.Place!.Name == "Nati'");
    }

    [GazetteerFact]
    public void Yemeni_front_districts_whose_names_are_words_count_after_a_preposition_of_place()
    {
        // "في شدا", "في نهم": the districts (they were cue-only, so these fronts fell back to the governorate)
        var doc = Parser.Value.Process(new Document("وتزامن الهجوم مع قصف مدفعي للتحالف على مواقع المتمردين في شدا. وتدور معارك عنيفة في نهم."));
        var names = doc.Places.Select(p => p.Place!.Name).ToList();
        Assert.Contains("Shada", names);
        Assert.Contains("Nihm", names);
        // (still words with nothing of place before them: "نهم" greed, "شدا" sang)
        var words = Parser.Value.Process(new Document("وقال إن نهم الميليشيات لا حدود له."));
        Assert.DoesNotContain(words.Places, p => p.Place?.Name == "Nihm");
    }

    [GazetteerFact]
    public void A_short_name_written_bare_before_another_word_is_a_construct_not_the_town()
    {
        // "باب العامود", "حي باب توما", "وادي الفرات": a gate, a valley — not Al Bab (Aleppo) nor a place called Al Wadi
        var doc = Parser.Value.Process(new Document("وفرقت الشرطة وقفة عند باب العامود في القدس. وسقطت قذائف على حي باب توما في دمشق. وتقدمت القوات في منطقة وادي الفرات."));
        Assert.DoesNotContain(doc.Places, p => p.Surface is "باب" or "وادي");
        Assert.Contains(doc.Places, p => p.Surface == "القدس");
        Assert.Contains(doc.Places, p => p.Surface == "دمشق");
        // (the town itself, with its article, stays)
        var bab = Parser.Value.Process(new Document("وسيطرت فصائل المعارضة على مدينة الباب في ريف حلب."));
        Assert.Contains(bab.Places, p => p.Surface == "الباب" && p.Place!.CountryCode == "SY");
    }

    [GazetteerFact]
    public void A_country_s_adjective_is_context_for_its_towns()
    {
        // "في عمان" alone reads as Oman; Jordanians or the Jordanian government beside it make it Amman
        foreach (var text in new[] { "تظاهر المئات من الأردنيين أمام مقر رئاسة الوزراء في عمان.", "وقالت الحكومة الأردنية إن المحتجين تجمعوا في عمان." })
        {
            var amman = Assert.Single(Parser.Value.Process(new Document(text)).Places, p => p.Surface == "عمان");
            Assert.Equal("JO", amman.Place!.CountryCode);
        }
        var oman = Assert.Single(Parser.Value.Process(new Document("استقبلت عمان وفدا إيرانيا.")).Places, p => p.Surface == "عمان");
        Assert.Equal("OM", oman.Place!.CountryCode);
    }

    [GazetteerFact]
    public void A_quarter_lies_in_the_town_named_after_it()
    {
        // "حي الروضة" is a quarter of Taiz here, not Ar Rawdah of Sanaa; "حي المغار في مدينة درنة" is Derna's, not Maghar in Israel
        foreach (var (text, quarter, town) in new[] { ("قصفت ميليشيا الحوثي بقذائف الهاون حي الروضة شمالي مدينة تعز.", "الروضة", "Taiz"),
                                                      ("وألقى الجيش القبض على عشماوي في حي المغار في مدينة درنة.", "المغار", "Darnah") })
        {
            var m = Assert.Single(Parser.Value.Process(new Document(text)).Places, p => p.Surface == quarter);
            Assert.Equal(town, m.Place!.Name);
        }
    }

    [GazetteerFact]
    public void Somali_towns_cities500_names_only_in_latin_are_found()
    {
        // Marsad's own rows (data/geo/places-extra.tsv): Kismayo, Afgooye, Barawe — and Barawe is not Iraq's Rawah read
        // after a ب; "جوهر" and "جلب" are words too, so they count only after a cue
        var doc = Parser.Value.Process(new Document("وقع انفجار في مدينة كيسمايو. وهاجم مسلحون قاعدة قرب مدينة أفجوي. وسقطت قذائف على بلدة براوة. وتحدث عن جوهر القضية."));
        var names = doc.Places.Select(p => p.Place!.Name).ToList();
        Assert.Contains("Kismayo", names);
        Assert.Contains("Afgooye", names);
        Assert.Contains("Barawe", names);
        Assert.DoesNotContain(doc.Places, p => p.Place!.CountryCode == "IQ" || p.Surface.Contains("جوهر"));
    }

    [GazetteerFact]
    public void A_family_name_after_a_title_and_a_given_name_is_no_town()
    {
        // "قاري يوسف أحمدي", the Taliban's spokesman — not Al Ahmadi in Kuwait; "المعروفة باسم تيفور" still names the base
        var doc = Parser.Value.Process(new Document("بينما قال المتحدث باسم طالبان قاري يوسف أحمدي إن ثلاثة فقط من مقاتلي الحركة قتلوا في ولاية هلمند."));
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "KW");
        Assert.Contains(doc.Places, p => p.Place?.CountryCode == "AF");
    }

    [GazetteerFact]
    public void A_nisba_after_a_given_name_is_a_family_name_throughout_the_article()
    {
        // "علي الأحمدي", the resistance's spokesman in Aden — not Al Ahmadi in Kuwait, in the headline above him neither;
        // "هجوم على الأحمدي" after the preposition على still names the town
        var doc = Parser.Value.Process(new Document(
            "الأحمدي لـ عكاظ: عدن آمنة\nأكد المتحدث باسم المقاومة في محافظة عدن علي الأحمدي أن عدن أصبحت آمنة. وقال الأحمدي إن المقاومة ألقت القبض على 20 حوثيا."));
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "KW");
        var kuwait = Parser.Value.Process(new Document("أعلنت الشرطة الكويتية إحباط هجوم على الأحمدي جنوب الكويت."));
        Assert.Contains(kuwait.Places, p => p.Place?.Name == "Al Aḩmadī");
    }

    [GazetteerFact]
    public void A_governorate_seat_called_a_city_stays_itself_in_an_article_about_another_country()
    {
        // everything else is in Turkey and Saudi Arabia; "مدينة درنة" is still Derna, Libya, not a village near Istanbul
        var doc = Parser.Value.Process(new Document(
            "واعتقلت الشرطة التركية صحفيين في إسطنبول. وتبحث تركيا مع السعودية القضية في أنقرة والرياض. وأعلن الجيش الليبي القبض على عشماوي في مدينة درنة."));
        var derna = Assert.Single(doc.Places, p => p.Surface == "درنة");
        Assert.Equal("LY", derna.Place!.CountryCode);
    }

    [GazetteerFact]
    public void Egypt_s_new_cities_are_named_in_Arabic()
    {
        // cities500 has "6th of October City" only in Latin script: Marsad's row gives its Arabic name
        var doc = Parser.Value.Process(new Document("قتل ستة مطلوبين في مواجهات مع الشرطة في مدينة السادس من أكتوبر بمحافظة الجيزة."));
        Assert.Contains(doc.Places, p => p.Place!.Name == "6th of October City");
    }

    [GazetteerFact]
    public void A_border_is_a_country_s_not_its_capital_s()
    {
        // "قرب حدود الجزائر": Algeria, the country, not Algiers; bare "في الجزائر" keeps the reading the resolver gives it
        var doc = Parser.Value.Process(new Document("وقتل ثمانية من عناصر الحرس الوطني في هجوم استهدف دوريتهم قرب حدود الجزائر."));
        var m = Assert.Single(doc.Places);
        Assert.Equal("DZ", m.Place!.CountryCode);
        Assert.StartsWith("PCL", m.Place.FeatureCode);
    }

    [GazetteerFact]
    public void A_place_the_text_puts_in_its_own_country_stays_there_in_an_article_about_another()
    {
        // three Yemeni places, then Saudi Jizan placed by "جنوبي السعودية": not a Yemeni homonym read by fallback
        var doc = Parser.Value.Process(new Document("قصفت المقاتلات مواقع في محافظة صعدة وفي تعز وفي حيدان.\n"
            + "وأفاد مراسلنا بأن الدفاع الجوي اعترض الصاروخ الذي كان موجها صوب منطقة جازان جنوبي السعودية."));
        var m = Assert.Single(doc.Places, p => p.Surface.Contains("جازان"));
        Assert.Equal("SA", m.Place!.CountryCode);
        Assert.Null(m.Relation);
    }

    [GazetteerFact]
    public void The_shurayjah_front_and_koysinjaq_are_found()
    {
        // two places cities500 lacks under these names (data/geo/places-extra.tsv)
        var doc = Parser.Value.Process(new Document("تقدمت القوات في محور الشريجة على الحدود بين محافظتي لحج وتعز.\n"
            + "وقصفت الصواريخ مقرا في منطقة كوي سنجق في إقليم كردستان."));
        var front = Assert.Single(doc.Places, p => p.Surface.Contains("الشريجة"));
        Assert.Equal("YE", front.Place!.CountryCode);
        Assert.True(GeoDistance.Km(13.41, 44.49, front.Place.Latitude, front.Place.Longitude) < 10);
        var koya = Assert.Single(doc.Places, p => p.Surface.Contains("كوي سنجق"));
        Assert.True(GeoDistance.Km(36.0829, 44.6287, koya.Place!.Latitude, koya.Place.Longitude) < 5);
    }

    [GazetteerFact]
    public void Names_listed_after_a_plural_governorate_cue_are_governorates()
    {
        var doc = Parser.Value.Process(new Document("قصفت الطائرات مواقع في محافظتي حماة وإدلب."));
        var idlib = Assert.Single(doc.Places, p => p.Surface == "إدلب");
        Assert.Equal("ADM1", idlib.Place!.FeatureCode);
        Assert.Equal(3, idlib.GeoPrecision);
    }

    [GazetteerFact]
    public void A_governorate_cue_names_the_governorate_not_its_large_city()
    {
        var doc = Parser.Value.Process(new Document("قصفت الطائرات مواقع في محافظة حلب."));
        var m = Assert.Single(doc.Places);
        Assert.Equal("ADM1", m.Place!.FeatureCode);
        Assert.Equal(3, m.GeoPrecision);
    }

    [GazetteerAndSharedDataFact]
    public void Acc161_on_the_dev_gold_and_seed_is_at_least_90_percent()
    {
        var items = GeoEvaluation.Run(Parser.Value, SharedData.Path("gold", "dev", "gold"), SharedData.Path("gold", "dev", "articles"))
            .Concat(GeoEvaluation.Run(Parser.Value, SharedData.Path("seed"), SharedData.Path("seed"))).ToList();
        Assert.NotEmpty(items);
        double acc161 = items.Count(i => i.DistanceKm <= 161) / (double)items.Count;
        Assert.True(acc161 >= 0.90, $"Acc@161 = {acc161:P1}");
    }
}
