using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "غارات جديدة للتحالف العربي", "غارة جوية الأسبوع الماضي لقوات التحالف": the side named with لـ after a strike noun, its
/// adjectives (agreeing with it) and a time, owns the strike — not a noun's owner ("قصف صاروخي مواقع عسكرية للنظام").
/// </summary>
public class StrikeOwnerTests
{
    [Fact]
    public void An_indefinite_strike_with_its_adjective_belongs_to_the_side_after_it()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "قتل 46 عنصرا من ميليشيات الحوثي في غارات جديدة للتحالف العربي ومواجهات مع المقاومة اليمنية المشتركة في مديرية التحيتا.", "2018-08-12").Events,
            x => x.SubEventType == AcledTaxonomy.AirStrike);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
    }

    [Fact]
    public void A_time_between_the_strike_and_its_owner_does_not_hide_the_owner()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "قتل صالح الصماد رئيس المجلس السياسي لدى الحوثيين في غارة جوية الأسبوع الماضي لقوات التحالف الذي تقوده السعودية في مدينة الحديدة.", "2018-04-23").Events,
            x => x.SubEventType == AcledTaxonomy.AirStrike);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
    }

    [Fact]
    public void A_noun_between_the_strike_and_the_side_makes_the_side_the_nouns()
    {
        var doc = TestPipeline.Extract("استهدف قصف صاروخي مواقع عسكرية للنظام السوري في محافظة حماة.", "2018-04-30");
        Assert.DoesNotContain(doc.Events, x => x.Actor1?.Name.StartsWith("Military Forces of Syria") == true);
    }

    [GazetteerFact]
    public void A_street_named_after_a_city_is_no_sign_of_the_city()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقصفت مقاتلات التحالف مواقع الحوثيين في شارع صنعاء بمدينة الحديدة، ما أوقع قتلى وجرحى من المتمردين.", "2018-06-21").Events);
        Assert.Equal("Al Ḩudaydah", e.Location?.Place?.Name);
    }

    [Fact]
    public void Two_girls_killed_are_civilians()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "وذكرت مصادر محلية أن ميليشيات الحوثي استهدفت بقذائف عدة حيا في مدينة مأرب، مما أسفر عن مقتل الطفلتين.", "2018-08-12").Events);
        Assert.Equal("Civilians (Yemen)", e.Actor2?.Name);
    }

    [Fact]
    public void The_suspected_attack_of_the_regime_is_the_regimes()
    {
        // ("الهجوم الكيماوي المشتبه به للنظام السوري": the suspected, with its pronoun, is one adjective on the attack)
        var e = Assert.Single(TestPipeline.Extract(
            "وقالت المنظمة إن الهجوم الكيماوي المشتبه به للنظام السوري في مدينة دوما أدى إلى مقتل العشرات.", "2018-04-11").Events);
        Assert.Equal("Chemical weapon", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1?.Name);
    }

    [Fact]
    public void A_states_own_aircraft_told_by_their_pronoun_struck_for_it()
    {
        // ("وكانت إسرائيل أعلنت، الثلاثاء، في بيان، أن مقاتلاتها الحربية قصفت …": the speaker before the clause of what it said)
        var e = Assert.Single(TestPipeline.Extract(
            "وكانت إسرائيل أعلنت، الثلاثاء، في بيان، أن مقاتلاتها الحربية قصفت أكثر من 35 هدفا عسكريا في قطاع غزة، وهي مواقع لحركتي حماس والجهاد الاسلامي.", "2018-05-30").Events);
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
        Assert.Equal("Hamas Movement", e.Actor2?.Name);
    }

    [Fact]
    public void The_announcement_an_act_followed_is_a_clause_of_its_own()
    {
        // ("إثر إعلانها أنها اعترضت طائرة إيرانية": the drone is the announcement's, not the raid's flier)
        var doc = TestPipeline.Extract(
            "إذ شنت إسرائيل غارات ضد أهداف إيرانية في مدينة حلب إثر إعلانها أنها اعترضت طائرة إيرانية من دون طيار.", "2018-02-18");
        var e = Assert.Single(doc.Events, x => x.SubEventType == "Air/drone strike");
        Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
    }
}
