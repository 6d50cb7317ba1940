using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "العشرات من القوات السورية والميليشيات الإيرانية سقطوا قتلى وجرحى في غارات": a side followed by its dead and wounded
/// and then the act that caused them is the side that act hit, never the one that flew it. Iran's militias in Syria
/// fight on the government's side (sides.tsv), so they are never the army's opponent.
/// </summary>
public class FellInTheActTests
{
    [GazetteerFact]
    public void The_side_its_dead_fell_from_is_hit_not_the_striker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قال المرصد السوري لحقوق الإنسان إن العشرات من القوات السورية والميليشيات الإيرانية سقطوا قتلى وجرحى في غارات استهدفت مواقعهم قرب البوكمال أمس.",
            "2018-05-20").Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor2?.Name);
        Assert.False(e.Actor1?.Name.StartsWith("Military Forces of Syria", StringComparison.Ordinal));
        Assert.NotEqual("Iranian-backed Militias", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Killed_and_wounded_told_after_the_forces_and_before_the_strikes_blamed_on_israel()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وسقط العشرات من القوات السورية الحكومية والقوات والميليشيات الإيرانية بين قتيل وجريح في غارات استهدفت مواقع عسكرية تابعة للنظام السوري في ريفي حماة وحلب، فيما أشارت أصابع الاتهام إلى إسرائيل.",
            "2018-05-08").Events;
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.StartsWith("Military Forces of Israel", e.Actor1?.Name);
            Assert.StartsWith("Military Forces of Syria", e.Actor2?.Name);
        });
    }

    [GazetteerFact]
    public void Iran_s_militias_are_not_the_syrian_army_s_opponent()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعلن الجيش السوري أن دفاعاته الجوية تصدت لصواريخ استهدفت مطار الشعيرات في ريف حمص. وسمع دوي انفجارين في منطقة الكسورة بريف دمشق الغربي، ورجحت مصادر أن يكونا ناتجين عن قصف صاروخي استهدف أحد المواقع العسكرية التابعة للميليشيات الإيرانية في المنطقة.",
            "2018-04-17").Events);
        Assert.Equal("Iranian-backed Militias", e.Actor2?.Name);
        Assert.False(e.Actor1?.Name.StartsWith("Military Forces of Syria", StringComparison.Ordinal));
    }

    // (in fighting the side that lost men fought: it stays a side of the clash, not a target for the air force the
    // sentence names flying elsewhere)
    [GazetteerFact]
    public void In_fighting_the_side_that_lost_men_is_a_side_of_it()
    {
        var clash = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأشارت المصادر إلى أن عشرات الحوثيين سقطوا بين قتيل وجريح في المواجهات قرب معسكر لبوزة، في حين شنت طائرات التحالف غارات عديدة على مواقع للحوثيين في منطقة الحسيني.",
            "2015-07-23").Events, e => e.SubEventType == "Armed clash");
        Assert.NotEqual("Coalition (Saudi-led)", clash.Actor1?.Name);
    }
}
