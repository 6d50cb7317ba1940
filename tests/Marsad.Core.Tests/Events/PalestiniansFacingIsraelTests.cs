using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>Clashes of Palestinians, named only as a people, with Israel's forces are a crowd facing an army (ACLED's violent demonstration).</summary>
public class PalestiniansFacingIsraelTests
{
    [Fact]
    public void Palestinians_clashing_with_the_israeli_army_are_rioters()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "وفي غزة، أصيب 25 فلسطينيا في مواجهات مع الجيش الإسرائيلي على حدود قطاع غزة أمس.", "2018-03-17").Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Rioters (Palestine)", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
    }

    [Fact]
    public void An_armed_group_named_in_the_clash_fought_it() =>
        Assert.Contains(TestPipeline.Extract(
            "واندلعت اشتباكات بين مسلحين فلسطينيين من حركة حماس والجيش الإسرائيلي على حدود قطاع غزة أمس.", "2018-03-17").Events,
            e => e.SubEventType == AcledTaxonomy.ArmedClash);

    [Fact]
    public void Shot_by_the_army_where_the_crowd_marched_is_a_violent_demonstration()
    {
        // (the march and the shooting, told in two sentences, are one demonstration the army fired on)
        var e = Assert.Single(TestPipeline.Extract(
            "تظاهر آلاف الفلسطينيين الجمعة قرب السياج الحدودي شرق مدينة خان يونس في قطاع غزة. وقتل شاب فلسطيني برصاص الجيش الإسرائيلي شرق مدينة خان يونس.", "2018-04-20").Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Rioters (Palestine)", e.Actor1?.Name);
        Assert.StartsWith("Military Forces of Israel", e.Actor2?.Name);
        Assert.Equal(1, e.Fatalities);
    }

    [Fact]
    public void Shot_with_no_crowd_told_stays_an_attack()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "قتل شاب فلسطيني الجمعة برصاص الجيش الإسرائيلي شرق مدينة خان يونس في قطاع غزة.", "2018-04-20").Events);
        Assert.Equal("Attack", e.SubEventType);
    }

    [Marsad.Core.Tests.Geo.GazetteerFact]
    public void A_group_blamed_for_the_deaths_did_not_fight()
    {
        // ("حماس تتحمل مسؤولية مقتل أكثر من 50 فلسطينيا خلال مواجهات مع الجيش الإسرائيلي": Hamas blamed, the crowd faced the army)
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "البيت الأبيض يحمّل حماس مسؤولية مقتل عشرات الفلسطينيين في غزة\n" +
            "قال البيت الأبيض إن حماس تتحمل مسؤولية مقتل أكثر من 50 فلسطينيا الاثنين خلال مواجهات مع الجيش الإسرائيلي.", "2018-05-14").Events);
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal("Rioters (Palestine)", e.Actor1?.Name);
    }
}
