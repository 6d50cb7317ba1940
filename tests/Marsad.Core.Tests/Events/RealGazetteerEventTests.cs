using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>The full pipeline with the real gazetteer (GeoNames cities500 in the cache); skipped when scripts/setup has not fetched it.</summary>
public class RealGazetteerEventTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void A_newspaper_named_after_a_city_is_no_place_and_t4_is_the_base()
    {
        var doc = Extract("قصفت الطائرات الإسرائيلية مواقع عسكرية أمس.\nوقال ضابط إسرائيلي لصحيفة نيويورك تايمز إن السلاح الحربي لبلاده قصف القاعدة العسكرية الـ\"تيفور\" بسورية.", "2018-04-16");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.CountryCode == "US");
        Assert.Contains(doc.Events, e => e.EventType == "Explosions/Remote violence" && e.Location?.Place?.Name == "T4 Air Base (Tiyas)");
    }

    [GazetteerFact]
    public void A_countrys_quarter_is_a_region_of_its_own_and_no_scene_after_a_town()
    {
        // (data/geo/places-extra.tsv: "شمال العراق" is the Kurdistan Region, at Erbil; an event known only by it is geo_precision 3)
        var doc = Extract("يشن الجيش التركي يوميا غارات جوية كثيفة على مواقع حزب العمال الكردستاني في شمال العراق.", "2015-07-31");
        var strike = Assert.Single(doc.Events);
        Assert.Equal("Northern Iraq", strike.Location?.Place?.Name);
        Assert.Equal(3, strike.Location?.GeoPrecision);
        // "حماة وسط سوريا": the quarter after a town only says where the town lies
        doc = Extract("قصفت قوات النظام مدينة اللطامنة شمالي حماة وسط سوريا.", "2018-09-11");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Central Syria");
        Assert.NotEmpty(doc.Events);
    }

    [GazetteerFact]
    public void Settlers_who_kill_in_their_attack_attacked_civilians_once_and_where_they_struck()
    {
        // a group that riots (settlers) killing the people it set upon is an attack on civilians (ACLED), not mob violence;
        // "القريبة من نابلس" only says where Duma lies, and "ورشقوها" is the clause's verb, no village of the list
        var doc = Extract("ألقى مستوطنون إسرائيليون زجاجات حارقة على منزل في قرية دوما الفلسطينية القريبة من نابلس، مما أدى إلى استشهاد رضيع.", "2015-07-31");
        var attack = Assert.Single(doc.Events);
        Assert.Equal(("Attack", "Settlers (Israel)", 1), (attack.SubEventType, attack.Actor1?.Name, attack.Fatalities));
        Assert.Equal("PS", attack.Actor2?.Country);
        doc = Extract("هاجم مستوطنون منازل الفلسطينيين في قرية دوما ورشقوها بالحجارة.", "2015-07-31");
        var mob = Assert.Single(doc.Events);
        Assert.Equal("Mob violence", mob.SubEventType);
        Assert.DoesNotContain(doc.Places, p => p.Surface.Contains("رشقوها"));
    }

    [GazetteerFact]
    public void The_yarmouk_basin_of_daraa_is_not_the_yarmouk_camp_of_damascus()
    {
        // (data/geo/places-extra.tsv: "حوض اليرموك" before "اليرموك", the camp's short name)
        var doc = Extract("شنت الطائرات الروسية غارات على بلدات حوض اليرموك في ريف درعا الغربي أمس.", "2018-07-21");
        var strike = Assert.Single(doc.Events);
        Assert.Equal("Yarmouk Basin", strike.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_town_abroad_whose_country_its_sentence_names_stays_there()
    {
        // a Yemen article; Saudi Arabia, named in the sentence, is where Jizan is
        var doc = Extract("قصفت مقاتلات التحالف مواقع الحوثيين في صنعاء وصعدة وحجة أمس.\n" +
            "وأكدت السعودية أمس اعتراض صاروخ بالستي أطلق من اليمن باتجاه منطقة جازان الجنوبية الحدودية.", "2018-04-05");
        Assert.Contains(doc.Events, e => e.SubEventType == "Disrupted weapons use" && e.Location?.Place?.Name == "Jizan");
    }

    [GazetteerFact]
    public void Missiles_that_name_a_weapons_system_are_no_strike()
    {
        var doc = Extract("حذرت وزارة الدفاع الأميركية \"البنتاغون\"، الخميس، من تداعيات نشر موسكو منظومة صواريخ إس-300 في سوريا، " +
            "معتبرة هذه الخطوة بمثابة رد متهور وغير محسوب على إسقاط طائرة عسكرية روسية في سوريا، الشهر الماضي.", "2018-10-04");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Strikes_beside_an_army_that_does_not_fly_are_its_flying_allys()
    {
        var doc = Extract(
            "حرر الجيش اليمني بإسناد من التحالف العربي مواقع استراتيجية في مديرية حيس.\n" +
            "وشنت مقاتلات التحالف العربي غارات على مواقع الحوثيين في محافظة الحديدة.\n" +
            "وطال قصف الجيش اليمني تجمعا للحوثيين في شرق مديرية باجل، بالإضافة إلى غارتين في المنصورية.", "2018-07-29");
        Assert.All(doc.Events.Where(e => e.SubEventType == "Air/drone strike"), e => Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name));
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Location?.Place?.Name == "Bājil");
    }

    [GazetteerFact]
    public void Aircraft_that_belong_to_a_side_are_its_and_fly_its_later_strikes()
    {
        var doc = Extract(
            "قتل العشرات من مسلحي ميليشيات الحوثي في مناطق متفرقة من الساحل الغربي، من جراء غارات شنتها مقاتلات تابعة للتحالف العربي على مواقع المتمردين.\n" +
            "وذكرت مصادر طبية أن الضربات الجوية أسفرت عن مقتل 76 من عناصر الميليشيات الانقلابية في مدينة الحديدة.\n" +
            "وقتل 16 عنصرا من الميليشيات الحوثية في مواجهات مع المقاومة اليمنية المشتركة بجبهة الدريهمي.", "2018-08-09");
        Assert.All(doc.Events.Where(e => e.SubEventType == "Air/drone strike"), e => Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name));
    }

    [GazetteerFact]
    public void Agence_france_presse_is_no_reims()
    {
        var doc = Extract("هاجم مسلحون قاعدة عسكرية جنوبي الصومال.\nوقال القائد العسكري محمد بيلي لوكالة \"فرانس برس\" إن \"متمردي الشباب هاجموا قاعدة بار-سانغوني العسكرية هذا الصباح (الاثنين) ووقع قتال عنيف\".", "2018-07-23");
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "FR");
    }

    [GazetteerFact]
    public void A_large_city_after_ala_is_the_place_struck()
    {
        // (حلب, three letters, needs a preposition of place; "غارات على حلب" names the city aimed at)
        var doc = Extract("شنت الطائرات الروسية غارات على حلب امس.\nوقتل ثلاثة مدنيين في الغارات.", "2018-07-20");
        Assert.Contains(doc.Places, p => p.Place?.Name == "Aleppo");
    }

    [GazetteerFact]
    public void A_village_listed_with_others_that_a_town_locates_is_no_foreign_homonym()
    {
        // صيدا here is a village of Daraa's countryside (not in cities500), not Sidon in Lebanon; so is its next mention
        var doc = Extract(
            "استهدفت الغارات بشكل خاص بلدات الطيبة والنعيمة وصيدا وأم المياذن الواقعة في محيط مدينة درعا قرب الحدود الأردنية.\n" +
            "وقتل ستة مدنيين جراء القصف على بلدة صيدا.", "2018-07-05");
        Assert.Equal(2, doc.Places.Count(p => p.Surface.Contains("صيدا")));
        Assert.All(doc.Places.Where(p => p.Surface.Contains("صيدا")), p => Assert.Equal("SY", p.Place!.CountryCode));
        // (and the list goes on past the known name: "وأم المياذن" is one of its villages too)
        Assert.Contains(doc.Places, p => p.Surface.Contains("أم المياذن") && p.Place?.CountryCode == "SY");
    }

    [GazetteerFact]
    public void A_name_of_a_city_and_a_country_is_the_country_beside_a_country_and_the_city_its_adjective_names()
    {
        var border = Extract("وقالت المحطة إن القوات اليمنية قبضت عليه بينما كان يحاول عبور الحدود من اليمن إلى عمان.", "2018-05-03");
        Assert.Contains(border.Places, p => p.Surface.Contains("عمان") && p.Place?.CountryCode == "OM");
        // (alone, in an article of Jordan, it is Amman)
        var alone = Extract("وتظاهر المئات في العاصمة الأردنية عمان أمس احتجاجا على قانون الضريبة.", "2018-06-03");
        Assert.Contains(alone.Places, p => p.Surface.Contains("عمان") && p.Place?.CountryCode == "JO");
    }

    [GazetteerFact]
    public void A_large_city_abroad_placed_in_a_province_is_that_province_s()
    {
        var doc = Extract("واستهدفت مقاتلات التحالف مواقع للمتمردين في مديرية حرف سفيان بمحافظة عمران، وهمدان في محافظة صنعاء أمس.", "2018-03-27");
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "IR");
        Assert.Contains(doc.Places, p => p.Surface.Contains("همدان") && p.Place?.CountryCode == "YE");
    }

    [GazetteerFact]
    public void A_large_city_abroad_placed_in_a_town_is_a_quarter_of_that_town()
    {
        // ("في همدان بمدينة الحزم": a quarter of al-Hazm in al-Jawf, not Iran's Hamadan)
        var doc = Extract("وقصف طيران التحالف أهدافا في همدان بمدينة الحزم عاصمة الجوف أمس.", "2015-08-04");
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "IR");
        Assert.Contains(doc.Places, p => p.Surface.Contains("همدان") && p.Place?.CountryCode == "YE");
    }

    [GazetteerFact]
    public void A_governorate_seat_after_a_preposition_stays_in_an_article_that_names_another_country()
    {
        // ("في أبها" in an article that quotes Washington twice: Abha, not suspect and dropped)
        var doc = Extract("الخارجية الأمريكية: الولايات المتحدة تستنكر العمل الإجرامي\n" +
                          "أدانت وزارة الخارجية الأمريكية التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في أبها يوم أمس، وأسفر عن استشهاد عدد من العاملين.\n" +
                          "وقال المتحدث باسم وزارة الخارجية الأمريكية إن الولايات المتحدة الأمريكية تستنكر هذا العمل الإجرامي.", "2015-08-07");
        Assert.Contains(doc.Places, p => p.Surface.Contains("أبها") && p.Place?.CountryCode == "SA");
        Assert.Contains(doc.Events, e => e.EventType == "Explosions/Remote violence" && e.Location?.Place?.CountryCode == "SA");
    }

    [GazetteerFact]
    public void A_landform_word_after_a_preposition_is_no_governorate_seat_abroad()
    {
        // ("في قرية وادي القعوم": a valley's village in Yemen, not El Oued in Algeria)
        var doc = Extract("ارتفعت حصيلة المجزرة التي ارتكبتها المليشيات الحوثية في قرية \"وادي القعوم\" التابعة لمديرية الدريهمي على الساحل الغربي لليمن إلى سبعة قتلى، جراء قصف المليشيا على المناطق الآهلة بالسكان.", "2018-07-19");
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "DZ");
    }

    [GazetteerFact]
    public void An_ambiguous_city_its_country_places_at_once_is_that_city()
    {
        // ("مروة", a given name too, counts only with a cue — or with its country right after it)
        var doc = Extract("وقتل 11 شخصا في هجوم انتحاري في مروة بشمال الكاميرون أمس.", "2015-07-24");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Maroua");
    }

    [GazetteerTheory]
    [InlineData("ويرجح أن الرهينة محتجز في سجن شمالي سوريا، تحت حراسة قوات خاصة أمريكية.", "2018-09-23", "سجن")]
    [InlineData("وشنت طائرات عاصفة الحزم في اليمن غارات على صعدة أمس.", "2015-07-21", "الحزم")]
    public void A_common_word_before_a_country_is_no_city(string sentence, string published, string word)
    {
        var doc = Extract(sentence, published);
        Assert.DoesNotContain(doc.Places, p => p.Surface.Contains(word) && p.Place is { FeatureCode: not "PCLI" });
    }

    [GazetteerFact]
    public void A_town_joined_by_and_does_not_place_the_city_before_it()
    {
        // ("حلب ومدينة الموصل": two cities, each in its own country)
        var doc = Extract("وقصفت الطائرات الروسية مدينة حلب ومدينة الموصل أمس.", "2015-08-04");
        Assert.Contains(doc.Places, p => p.Surface.Contains("حلب") && p.Place?.CountryCode == "SY");
    }

    [GazetteerFact]
    public void A_well_known_town_abroad_placed_in_a_district_is_a_village_of_that_district()
    {
        // ("في منطقة العريش بمديرية موزع": a village of Mawza's district in Taiz, not Egypt's Arish)
        var doc = Extract("وشنت مقاتلات التحالف غارات جوية على مواقع ميليشيات الحوثي في منطقة العريش بمديرية موزع ومفرق المرير بمديرية جبل راس.", "2018-05-04");
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "EG");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.CountryCode != "YE");
    }

    [GazetteerFact]
    public void A_name_the_gazetteer_lacks_lies_where_the_sentence_before_put_the_story()
    {
        // ("في مديرية نهم" then "غرب البياض": Nihm's, not the province the article names more often later)
        var doc = Extract("تمكن الجيش الوطني اليمني من السيطرة على مواقع جديدة في مديرية نهم شرق العاصمة صنعاء.\n\n"
            + "واستهدفت مقاتلات التحالف العربي بثلاث غارات تجمعات للمليشيات غرب البياض، الثلاثاء.\n\n"
            + "وفي جبهة صعدة، تقدم الجيش اليمني في محافظة صعدة بعد معارك في صعدة.\n\nوأخذت العمليات العسكرية في محافظة صعدة زخما متسارعا.", "2018-07-03");
        Assert.Equal("Nihm", Assert.Single(doc.Places, p => p.Surface == "البياض").Place?.Name);
    }

    [GazetteerFact]
    public void A_village_the_gazetteer_lacks_is_one_of_the_towns_listed_before_the_act()
    {
        // ("في مناطق دوما وحمورية وكفر بطنا جراء قصف": three scenes, the toll shared out, not Kafr Batna's alone)
        var doc = Extract("وذكرت مصادر بالمعارضة أن 40 شخصا قتلوا في الغوطة الشرقية أمس في مناطق دوما وحمورية وكفر بطنا جراء قصف القوات الحكومية.", "2018-02-23");
        Assert.Equal(3, doc.Events.Count);
        Assert.Equal(40, doc.Events.Sum(e => e.Fatalities ?? 0));
    }

    [GazetteerFact]
    public void A_crowd_of_another_land_told_in_a_story_from_afar_marched_at_home()
    {
        // ("وكان الرصاص الإسرائيلي أسفر عن مقتل 19 فلسطينيا … مع بدء مسيرة العودة" in a story from Paris: at Gaza)
        var doc = Extract("دعا الرئيس الفرنسي في باريس إلى ضبط النفس في غزة.\n\nوقال وزير الخارجية الفرنسي في باريس إن بلاده قلقة.\n\n"
            + "وكان الرصاص الإسرائيلي أسفر عن مقتل 19 فلسطينيا في يوم الأرض في 30 مارس مع بدء مسيرة العودة.", "2018-04-07");
        var protest = Assert.Single(doc.Events, e => e.Actor1?.Name == "Protesters (Palestine)");
        Assert.Equal("PS", protest.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void A_place_a_distance_is_measured_from_is_no_scene_of_its_own()
    {
        // ("في مدينة أجدابيا (840 كلم شرق طرابلس)": one blast, at Ajdabiya)
        var e = Assert.Single(Extract("جرح جندي تابع للجيش الليبي إثر هجوم انتحاري استهدف بوابة أمنية في مدينة أجدابيا (840 كلم شرق طرابلس).", "2018-03-09").Events);
        Assert.Equal("Ajdabiya", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void Militias_loyal_to_iran_are_the_houthis_in_yemen_and_iran_s_militias_in_syria()
    {
        var yemen = Assert.Single(Extract("وقصفت ميليشيات إيران قرية في محافظة الضالع ليلة الأحد، ما أسفر عن مقتل 8 مدنيين.", "2018-06-18").Events);
        Assert.Equal("Houthi Movement", yemen.Actor1?.Name);
        var syria = Assert.Single(Extract("وقصفت الميليشيات الموالية لإيران مواقع الجيش السوري في مدينة درعا أمس.", "2018-06-21").Events);
        Assert.Equal("Iranian-backed Militias", syria.Actor1?.Name);
        // (the singular too: "الميليشيا الموالية لإيران")
        var one = Assert.Single(Extract("وقصفت الميليشيا الموالية لإيران قرية في محافظة الضالع ليلة الأحد، ما أسفر عن مقتل 8 مدنيين.", "2018-06-18").Events);
        Assert.Equal("Houthi Movement", one.Actor1?.Name);
    }

    [GazetteerFact]
    public void An_armed_group_that_agreed_to_a_ceasefire_made_it_with_its_opponent()
    {
        var doc = Extract("وقصفت الطائرات الإسرائيلية مواقع لحركة حماس في غزة أمس.\n" +
                          "وقد هدأت أعمال العنف في غزة اليوم بعد موافقة حماس على وقف إطلاق النار.", "2018-07-17");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Agreement");
        Assert.Equal("Hamas Movement", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void Leaving_with_no_deal_is_no_transfer()
    {
        var doc = Extract("طلبت إسرائيل من القنصل التركي في تل أبيب مغادرة أراضيها والعودة إلى بلاده، ردا على طلب تركيا من السفير الإسرائيلي في أنقرة العودة إلى إسرائيل.", "2018-05-15");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Strategic developments");
    }

    [GazetteerFact]
    public void Eastern_ghouta_towns_the_gazetteer_lacks_are_places_of_their_own()
    {
        var doc = Extract("وقصفت قوات النظام بلدتي زملكا وعين ترما في الغوطة الشرقية أمس، ما أدى إلى مقتل خمسة مدنيين.\nوعين المجلس المحلي مديرا جديدا للمستشفى.", "2018-03-20");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Zamalka");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Ain Tarma");
        Assert.DoesNotContain(doc.Places, p => p.Place?.Name == "Mudeira");
    }

    [GazetteerFact]
    public void What_is_promised_is_not_done()
    {
        var doc = Extract("ويقول الجيش الروسي إن مسلحي المعارضة في الغوطة الشرقية وعدوا بالموافقة على السماح للمدنيين بالخروج من الغوطة الشرقية مقابل دخول المساعدات الإنسانية.", "2018-03-05");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Agreement");
    }

    [GazetteerFact]
    public void A_country_across_the_border_is_no_scene_and_places_nothing()
    {
        var doc = Extract("وتظاهر العشرات من الأهالي في ناحية صفوان عند مدخل المنفذ الحدودي مع الكويت (70 كم غرب البصرة).", "2018-07-14");
        var e = Assert.Single(doc.Events);
        Assert.Equal("IQ", e.Location?.Place?.CountryCode);
        Assert.Equal("Protesters (Iraq)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_national_strike_noun_only_condemned_is_no_strike()
    {
        var doc = Extract("طهران تدين العدوان الإسرائيلي على سوريا", "2018-05-11");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Explosions/Remote violence");
    }

    [GazetteerFact]
    public void Shells_that_fell_with_no_one_named_firing_them_are_an_unidentified_attack_at_the_site_in_its_town()
    {
        var doc = Extract("كانت ثلاث قذائف مورتر قد سقطت بعد منتصف ليل الجمعة، داخل المنطقة الخضراء الحصينة في بغداد حيث توجد سفارات أجنبية.", "2018-09-09");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Iraq)", e.Actor1?.Name);
        Assert.Equal("Green Zone", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void The_dead_a_strike_left_fallen_are_no_shells_that_fell()
    {
        var doc = Extract("وأسفر القصف بالقذائف عن سقوط قتلى في حي الزهراء بحلب.", "2018-09-09");
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.Name.StartsWith("Unidentified Armed Group") == true);
    }

    [GazetteerFact]
    public void The_capital_that_leads_a_coalition_is_no_scene()
    {
        var doc = Extract("غارات على دير الزور.\nوقتل 58 متشددا في غارات للتحالف الدولي بقيادة واشنطن.", "2018-10-13");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.CountryCode == "US");
    }

    [GazetteerFact]
    public void The_city_an_embassy_moves_to_is_the_grievance_not_the_scene()
    {
        var doc = Extract("احتشد آلاف الفلسطينيين قرب حدود قطاع غزة، وتزامنت المظاهرات مع افتتاح السفارة الأمريكية في القدس.", "2018-05-14");
        var e = Assert.Single(doc.Events);
        Assert.Equal("PS", e.Location?.Place?.CountryCode);
    }
    [GazetteerFact]
    public void A_withdrawal_from_an_accord_hands_no_ground_over()
    {
        var doc = Extract("تصدت الدفاعات الجوية السورية لصاروخين إسرائيليين استهدفا منطقة الكسوة في ريف دمشق.\n" +
                          "وتأتي هذه التطورات بعد ساعات قليلة على إعلان الرئيس الأمريكي، دونالدو ترامب، انسحاب أمريكا من الاتفاق النووي الإيراني وفرض عقوبات اقتصادية على إيران.", "2018-05-08");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Non-violent transfer of territory");
    }
    [GazetteerFact]
    public void What_an_act_answers_places_it_nowhere()
    {
        // (the fire the strike answers was in a settlement the gazetteer lacks; it is not the strike's scene)
        var doc = Extract("وأورد مراسلنا أن القصف الإسرائيلي استهدف موقعا شمالي غزة، ردا على ما قالت تل أبيب إنه إطلاق بالون من القطاع " +
                          "أدى إلى اندلاع حريق في مستوطنة ناحل عوز المحاذية.", "2018-07-21");
        Assert.Equal("PS", Assert.Single(doc.Events).Location?.Place?.CountryCode);
    }
    [GazetteerFact]
    public void A_quarter_in_the_capital_named_is_one_scene()
    {
        // (a settlement word between في and the town: "في العاصمة دمشق")
        var doc = Extract("وسيطر مقاتلو تنظيم داعش على حي القدم في العاصمة دمشق بعد طرد قوات النظام السوري.", "2018-03-20");
        Assert.Equal("Qadam", Assert.Single(doc.Events).Location?.Place?.Name);
    }
    [GazetteerFact]
    public void The_city_an_embassy_moves_to_is_no_town_of_the_story()
    {
        // (named twice for the embassy, once for nothing else, it does not outweigh Gaza as the article's town)
        var doc = Extract("عنف في غزة.\nوشارك المئات في حفل افتتاح السفارة الأمريكية بالقدس.\n" +
                          "وفي الجانب الآخر، اندلعت مواجهات عنيفة بين المتظاهرين الفلسطينيين والجيش الإسرائيلي.\n" +
                          "وقال إن افتتاح السفارة الأمريكية في القدس يتجاوز عملية السلام.", "2018-05-14");
        Assert.Equal("PS", Assert.Single(doc.Events).Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void A_digests_story_told_by_a_countrys_authorities_is_in_that_country()
    {
        // (a digest of stories: the Riyadh, Ankara and Washington of other stories are not where the blast was)
        var doc = Extract(
            "دبي، الإمارات العربية المتحدة (CNN) – نشرت صفحة إسرائيلية تغريدة عن ممثل مصري.\n" +
            "أعلن وزير الخارجية الإيراني وقوف بلاده إلى جانب تركيا بعد العقوبات التي فرضتها واشنطن على أنقرة.\n" +
            "تداول نشطاء مقطعا يظهر فيه رجل أعمال سعودي على دراجة في أحد شوارع الرياض.\n" +
            "كشفت السلطات الأردنية، السبت، عن مقتل ضابط من قوات الدرك في انفجار وقع مساء الجمعة في محيط مهرجان مدينة الفحيص الفني السنوي.",
            "2018-08-11");
        var blast = Assert.Single(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
        Assert.Equal("JO", blast.Location!.Place!.CountryCode);
    }

    [GazetteerFact]
    public void A_town_whose_countrys_adjective_its_sentence_holds_is_not_suspect()
    {
        // (Yanbu is the only Saudi place named; Yemen and Iran are named more)
        var doc = Extract(
            "أعلنت قيادة التحالف لدعم الشرعية باليمن، الثلاثاء، اعتراض قوات الدفاع الجوي الملكي السعودي لصاروخ باليستي أطلقته الميليشيات الحوثية التابعة لإيران باتجاه مدينة ينبع.\n" +
            "وقال المتحدث إن هذا العمل يثبت تورط إيران في دعم الميليشيات في اليمن.", "2018-06-05");
        var e = Assert.Single(doc.Events, x => x.SubEventType == "Disrupted weapons use");
        Assert.Equal("SA", e.Location!.Place!.CountryCode);
    }
}
