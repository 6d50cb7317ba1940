using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Names of units and regions abroad that resolved to a far namesake or not at all: a unit of Marsad's admin-1 table
/// after its cue noun counts whether or not the story names its country ("ولاية يوبي" is Yobe, not Ube in Japan); a
/// small place abroad gives way to a curated reading of its name ("كشمير" is Kashmir, not Cashmere in the United
/// States); Faryab's short spelling; and an adjective GeoNames lists as a village's other name ("البلد الفقير").
/// </summary>
public class NamesAbroadResolvedTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-07-23");

    [GazetteerFact]
    public void Yobe_state_is_Yobe_not_Ube()
    {
        var places = Places("قتل 20 شخصا في هجوم على قرية في ولاية يوبي.");
        Assert.Contains("Yobe", places);
        Assert.DoesNotContain("Ube", places);
        Assert.Contains("Yobe", Places("هاجم مسلحون قرية في ولاية يوبي شمال شرق نيجيريا."));
    }

    [GazetteerFact]
    public void Faryab_is_found_in_both_spellings()
    {
        Assert.Contains("Faryab", Places("قتل عشرة من الشرطة في ولاية فرياب."));
        Assert.Contains("Faryab", Places("قتل عشرة من الشرطة في ولاية فارياب شمال أفغانستان."));
    }

    [GazetteerFact]
    public void The_poor_country_is_no_place()
    {
        var places = Places("قال إن البلد الفقير يعاني من الحرب والقتل.");
        Assert.DoesNotContain("Umm al Khayr", places);
        Assert.Contains("Umm al Khayr", Places("هدمت القوات الإسرائيلية منازل في قرية الفقير قرب الخليل."));
    }

    [GazetteerFact]
    public void Bare_Kashmir_is_Indian_Kashmir_never_the_US_town()
    {
        Assert.Contains("Kashmir", Places("قتل جنديان هنديان في تبادل لإطلاق النار في كشمير."));
        var places = Places("قال مسؤول أمريكي في واشنطن إن الولايات المتحدة قلقة من العنف في كشمير.");
        Assert.Contains("Kashmir", places);
        Assert.DoesNotContain("Cashmere", places);
        Assert.Contains("Pakistani Kashmir", Places("قصفت القوات الهندية مواقع في كشمير الباكستانية."));
    }

    [GazetteerFact]
    public void Second_batch_towns_are_found()
    {
        Assert.Contains("Quetta", Places("قتل جنديان في هجوم في كويتا عاصمة إقليم بلوشستان الباكستاني."));
        Assert.Contains("Pul-e ‘Alam", Places("هجوم في بولي علم عاصمة ولاية لوغار الأفغانية."));
        Assert.Contains("Baga", Places("قتل عشرة قرب باغا على بحيرة تشاد في نيجيريا."));
        Assert.Contains("Maroua", Places("وقع التفجيران في مدينة مروة عاصمة منطقة الشمال الأقصى في الكاميرون."));
        Assert.Contains("Nawfaliyah", Places("هجوم لاحتلال منابع النفط قرب بلدة النوفلية في ليبيا."));
        Assert.Contains("Mokha", Places("سيطرت المقاومة على ميناء المخاء في تعز باليمن."));
    }

    [GazetteerFact]
    public void Ordinary_words_are_no_places_abroad() =>
        Assert.Empty(Places("كانت الدولة العثمانية تحكم المنطقة. وفر المدنيون هاربين من القصف. وعملوا سويا. لا نعرف كيف حدث ذلك. " +
                            "صعد الإنسان إلى القمر. وأرى أن الأمل ضعيف. وقالت الممثلة مروة عبد المنعم إن المسلسل ناجح."));
}
