using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

// Strikes told twice — first over a region or by their agent, then at their places ("وطال القصف الجوي مواقع … في …").
public class ToldStrikeAndRegionTests
{
    [Fact]
    public void A_definite_strike_noun_with_no_agent_retells_the_strike_just_told()
    {
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية مدينة الرقة أمس.\nوطال القصف الجوي مواقع عسكرية في مدينة حلب.", "2018-03-10");
        var aleppo = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
        Assert.StartsWith("Military Forces of Russia", aleppo.Actor1!.Name);
        Assert.Equal(AcledTaxonomy.AirStrike, aleppo.SubEventType);
    }

    [Fact]
    public void A_bombardment_said_to_fall_on_towns_is_the_one_just_told_at_each_of_them()
    {
        // "القصف" stands in the verb row of the lexicon; as the subject of "تركز" it is the shelling just told
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية مواقع في ريف حلب أمس.\nوتركز القصف على الأحياء السكنية في مدينتي الباب وجسر الشغور.", "2018-03-10");
        foreach (var town in new[] { "Al Bab", "Jisr ash Shughur" })
            Assert.Contains(doc.Events, e => e.Location?.Place?.Name == town && e.Actor1?.Name.StartsWith("Military Forces of Russia") == true);
    }

    [Fact]
    public void Air_and_artillery_strikes_joined_in_one_phrase_share_the_places_after_them()
    {
        // "قصفا جويا ومدفعيا على …": the second means does not end the places of the first
        var doc = TestPipeline.Extract("شنت القوات الروسية قصفا جويا ومدفعيا على مواقع تنظيم داعش في مدينتي الباب وجسر الشغور أمس.", "2018-03-10");
        foreach (var town in new[] { "Al Bab", "Jisr ash Shughur" })
        {
            Assert.Contains(doc.Events, e => e.SubEventType == AcledTaxonomy.AirStrike && e.Location?.Place?.Name == town);
            Assert.Contains(doc.Events, e => e.SubEventType == AcledTaxonomy.Shelling && e.Location?.Place?.Name == town);
        }
    }

    [Fact]
    public void An_indefinite_strike_is_a_strike_of_its_own()
    {
        // "قصف جوي" (no article) is another strike: it takes no agent from the sentence before
        var doc = TestPipeline.Extract("قصفت الطائرات الروسية مدينة الرقة أمس.\nوأسفر قصف جوي على مواقع في مدينة حلب عن أضرار.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Aleppo" && e.Actor1?.Name.StartsWith("Military Forces of Russia") == true);
    }

    [Fact]
    public void A_strike_over_a_coast_folds_into_the_same_strike_at_a_district_of_it()
    {
        var doc = TestPipeline.Extract(
            "شنت مقاتلات التحالف غارات جوية على مواقع الحوثيين في الساحل الغربي أمس.\nوقصفت مقاتلات التحالف مواقع الحوثيين في مديرية جبل راس أمس.", "2018-05-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Jabal Ras", e.Location?.Place?.Name);
        Assert.Equal(2, e.EvidenceSentences.Count);
    }

    [Fact]
    public void Fighting_over_a_coast_folds_into_the_same_fight_told_from_the_other_side_at_a_district()
    {
        // (the summary has the joint forces fight the Houthis; the detail, the Houthis attack the joint forces)
        var doc = TestPipeline.Extract(
            "قتل 16 مسلحا من ميليشيات الحوثي في مواجهات مع المقاومة اليمنية المشتركة في الساحل الغربي أمس.\n" +
            "ودارت اشتباكات عنيفة بعد أن هاجم الحوثيون مواقع المقاومة اليمنية المشتركة في مديرية جبل راس أمس.", "2018-05-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Jabal Ras", e.Location?.Place?.Name);
    }

    [Fact]
    public void Fighting_over_a_coast_folds_into_the_ground_taken_at_a_district_of_it()
    {
        var doc = TestPipeline.Extract(
            "قتل 16 مسلحا من ميليشيات الحوثي في مواجهات مع المقاومة اليمنية المشتركة في الساحل الغربي أمس.\n" +
            "وسيطرت المقاومة اليمنية المشتركة على مركز مديرية جبل راس أمس.", "2018-05-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Government regains territory", e.SubEventType);
        Assert.Equal("Jabal Ras", e.Location?.Place?.Name);
    }

    [Fact]
    public void A_town_placed_by_a_direction_stays_a_scene_beside_an_exact_town()
    {
        var doc = TestPipeline.Extract("واندلعت اشتباكات بين الجيش السوري وتنظيم داعش في شمال مدينة الرقة، وأخرى في مدينة حلب أمس.", "2018-03-10");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Ar Raqqah");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
    }

    [Fact]
    public void A_fight_only_the_articles_place_puts_in_a_third_countrys_capital_is_dropped()
    {
        // talks in Riyadh; the Israeli strikes on Iran's forces are told with no place of their own
        var doc = TestPipeline.Extract("التقى وزير الخارجية الأمريكي ولي العهد السعودي في الرياض أمس.\nوشنت الطائرات الإسرائيلية غارات على القوات الإيرانية أمس.", "2018-05-10");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Surface == "الرياض");
    }

    [Fact]
    public void Where_the_story_was_filed_gives_its_people_no_country()
    {
        // CNN files from Riyadh; the civilians the Aleppo sentence names are Syria's, not Saudi Arabia's
        var doc = TestPipeline.Extract("الرياض، السعودية (CNN)-- قال المرصد إن مدنيين قتلوا في غارة على مدينة حلب أمس.", "2018-03-10");
        Assert.DoesNotContain(doc.Actors, a => a.Actor.Name == "Civilians (Saudi Arabia)");
    }

    [Fact]
    public void A_chemical_attack_talked_of_in_a_third_countrys_capital_is_not_placed_there()
    {
        var doc = TestPipeline.Extract("التقى وزير الخارجية الأمريكي ولي العهد السعودي في الرياض أمس.\nوأدان الوزير الهجوم الكيماوي الذي شنته قوات النظام السوري أمس وأسفر عن مقتل العشرات.", "2018-04-10");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Chemical weapon" && e.Location?.Surface == "الرياض");
    }

    [Fact]
    public void A_country_with_a_direction_is_the_scene_of_a_headline()
    {
        // "شرقي اليمن" with no "في": the strike is in Yemen, not in the town the article names elsewhere (and, placed in
        // nothing finer than the country, no codable event at all)
        var doc = TestPipeline.Extract("قتلى من تنظيم القاعدة بغارة أميركية شرقي اليمن\nوقال مسؤول في الرياض أمس إن الطائرات الأمريكية نجحت في مهمتها.", "2018-06-16");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Riyadh");
    }

    [Fact]
    public void Strikes_in_the_countryside_of_a_provinces_seat_sum_up_the_strike_at_a_town_of_the_province()
    {
        var doc = TestPipeline.Extract(
            "شنت الطائرات الروسية غارات جوية على ريف حلب الشرقي أمس.\nواستهدفت الطائرات الروسية مدينة الباب بعشر غارات أمس.", "2018-06-08");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == AcledTaxonomy.AirStrike);
        Assert.Equal("Al Bab", strike.Location?.Place?.Name);
    }
}
