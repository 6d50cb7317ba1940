using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Words of acts that tell of none: "تظاهر بأنه" is to pretend, "شرطة مكافحة الشغب" is riot police, and an almanac's
/// entry ("2002 - توقيع اتفاق سلام") opens with its year — history.
/// </summary>
public class NotTheActsTheyNameTests
{
    [GazetteerFact]
    public void To_make_a_show_of_is_to_pretend()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("تظاهر الرجل بأنه ميت بعد الهجوم في الموصل أمس.", "2015-07-24");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Protests");
        doc = TestPipeline.ExtractWithRealGazetteer("وتظاهر المئات في بغداد أمس احتجاجا على نقص الكهرباء.", "2015-07-24");
        Assert.Contains(doc.Events, e => e.SubEventType == "Peaceful protest");
    }

    [GazetteerTheory]
    [InlineData("في طهران، يسعى الرئيس الإيراني حسن روحاني إلى التظاهر بالانفتاح على المنطقة.")]
    [InlineData("وفي بغداد كان العمال يتظاهرون بالتنظيف قرب الإشارات.")]
    public void A_noun_with_bi_right_after_the_verb_is_what_is_feigned(string sentence)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(sentence, "2015-07-24");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Protests");
    }

    [GazetteerTheory]
    [InlineData("وتظاهروا بالقرب من مبنى المحافظة في البصرة أمس احتجاجا على انقطاع الكهرباء.")]
    [InlineData("وتظاهروا بالبصرة أمس احتجاجا على انقطاع الكهرباء.")]
    [InlineData("وتظاهروا بمدينة البصرة أمس احتجاجا على انقطاع الكهرباء.")]
    [InlineData("وتظاهروا بشكل سلمي في البصرة أمس احتجاجا على انقطاع الكهرباء.")]
    public void Where_or_how_they_marched_is_no_pretence(string sentence)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(sentence, "2015-07-24");
        Assert.Contains(doc.Events, e => e.SubEventType == "Peaceful protest");
    }

    [GazetteerFact]
    public void Riot_police_name_no_riot()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وتدخلت وحدات من مكافحة الشغب في بغداد أمس.", "2015-07-24");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void An_almanacs_entry_of_an_earlier_year_is_history()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أهم الأحداث في مثل هذا اليوم: 1951 - اغتيال العاهل الأردني الملك عبدالله في باحة المسجد الأقصى في القدس. " +
            "2002 - توقيع اتفاق سلام مبدئي بين الحكومة السودانية والمتمردين في الجيش الشعبي لتحرير السودان في الخرطوم.", "2015-07-21");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void A_dispersal_that_force_was_used_for_was_done()
    {
        // (and "لتفريق" splits as ل + تفريق: the segmenter knows the triggers' words)
        var doc = TestPipeline.ExtractWithRealGazetteer("وتدخلت وحدات من مكافحة الشغب لتفريق المتظاهرين في بغداد أمس.", "2015-07-31");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Protest with intervention", e.SubEventType);
        doc = TestPipeline.ExtractWithRealGazetteer("وتستعد الشرطة لتفريق المتظاهرين في بغداد غدا.", "2015-07-31");
        Assert.Empty(doc.Events);
    }
}
