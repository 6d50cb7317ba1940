using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Attacks on ships at sea: the nation after the ship owns it (a tanker its civilians, a warship its navy), a ship's
/// name is no place, and a sea is the scene of such an attack only. (With the real gazetteer, whose seas and ports the
/// small test one lacks; skipped when scripts/setup has not fetched it.)
/// </summary>
public class ShipAttackTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void A_tanker_hit_in_the_red_sea_is_shelling_of_its_nations_civilians()
    {
        var doc = Extract("ذكر التحالف الأربعاء أن الحوثيين استهدفوا ناقلة نفط سعودية في البحر الأحمر مما تسبب في أضرار بسيطة.", "2018-07-25");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.Equal("Civilians (Saudi Arabia)", e.Actor2?.Name);
        Assert.Equal("Red Sea (off Yemen)", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_warship_is_its_nations_navy_and_its_name_no_place()
    {
        var doc = Extract("وأوردت قناة المسيرة أن مقاتلي الحوثيين استهدفوا بارجة حربية سعودية قبالة السواحل الغربية لليمن تحمل اسم الدمام.", "2018-07-26");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Saudi Arabia", e.Actor2?.Name);
        Assert.Equal("Red Sea (off Yemen)", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void The_ships_own_country_is_not_its_attacker()
    {
        var doc = Extract("وكانت السعودية التي تعد أكبر مصدر للنفط في العالم قد علقت كل شحنات النفط عبر مضيق باب المندب في 26 من يوليو الماضي، بعد هجوم استهدف ناقلتي نفط سعوديتين عند مضيق باب المندب.", "2018-08-01");
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.Name.StartsWith("Military Forces of Saudi Arabia") == true);
    }

    [GazetteerFact]
    public void A_sea_that_only_places_a_town_is_no_scene()
    {
        var doc = Extract("دارت معارك عنيفة قرب مطار الحديدة في اليوم الثاني من الهجوم الذي تشنه القوات الحكومية على الحوثيين الذين يسيطرون على المدينة الساحلية على البحر الأحمر، ما أسفر عن مقتل 20 مقاتلا.", "2018-06-14");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.FeatureCode == "SEA");
    }

    [GazetteerFact]
    public void An_order_to_hit_ships_is_no_attack()
    {
        var doc = Extract("نشر سفير المملكة العربية السعودية في أمريكا تصريحات أدلى بها أحد قادة الحرس الثوري الإيراني واعترافه بتوجيه النظام الإيراني للحوثيين باستهداف ناقلات النفط السعودية.", "2018-08-10");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Explosions/Remote violence");
    }

    [GazetteerFact]
    public void A_ship_hit_with_no_water_named_is_in_the_articles_sea()
    {
        var doc = Extract("تصاعد التوتر في البحر الأحمر خلال الأيام الماضية.\n" +
                          "في المقابل أوردت قناة المسيرة أن \" القوة البحرية استهدفت بارجة 'الدمام' السعودية قبالة السواحل الغربية\" لليمن.", "2018-07-25");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Saudi Arabia", e.Actor2?.Name);
        Assert.Equal("Red Sea (off Yemen)", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_sea_is_never_the_articles_town()
    {
        var doc = Extract("قالت مصادر إن الوضع متوتر.\nوانطلقت السفن الحربية من البحر الأحمر.\nوأبحرت المدمرات في البحر الأحمر نحو الشمال.\n" +
                          "وقال مصدر عسكري إن مقاتلات فرنسية شاركت في الضربات الجوية إلى جانب أربع فرقاطات.", "2018-04-14");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.FeatureCode == "SEA");
    }
}
