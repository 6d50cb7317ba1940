using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Names that read as towns and are none: a nom de guerre ("أبو سنان النجدي"), two streets ("شارعي الثورة وبغداد"),
/// safety ("بأمان"), an officer's surname ("الكولونيل توكور جوساو").
/// </summary>
public class NamesThatAreNoTownsTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-08-06");

    [GazetteerFact]
    public void A_kunya_with_a_nisba_is_a_person() =>
        Assert.DoesNotContain("Abū Sinān", Places("أعلن تنظيم داعش أن منفذ العملية يكنى بـ\"أبو سنان النجدي\"."));

    [GazetteerFact]
    public void Two_streets_name_no_towns()
    {
        var places = Places("سقطت القذائف الصاروخية على شارعي الثورة وبغداد في دمشق.");
        Assert.DoesNotContain("Baghdad", places);
        Assert.DoesNotContain("Ath Thawrah", places);
        Assert.Contains("Damascus", places);
    }

    // (Gusau is a town of Zamfara, its Arabic names in data/geo/arabic-names.tsv)
    [GazetteerFact]
    public void An_officers_surname_is_no_town()
    {
        var places = Places("وقال المتحدث باسم الجيش الكولونيل توكور جوساو، إن الجيش النيجيري شن هجوما قرب أولاري على الطريق المؤدية إلى باما.");
        Assert.DoesNotContain("Gusau", places);
        Assert.Contains("Bama", places);
    }

    [GazetteerFact]
    public void Safety_is_no_capital() =>
        Assert.DoesNotContain("Amman", Places("هبطت الطائرة بأمان في مطار الملك خالد."));

    [GazetteerFact]
    public void A_town_described_as_south_of_the_capital_is_the_scene()
    {
        // "إلى الجنوب من العاصمة صنعاء" says where Taiz is, as "جنوب العاصمة صنعاء" does
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ففي تعز، الواقعة إلى الجنوب من العاصمة صنعاء، سيطرت المقاومة الشعبية على مواقع استراتيجية.", "2015-07-25").Events);
        Assert.Equal("Taiz", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void The_far_north_a_lake_and_a_president_are_no_places()
    {
        var places = Places("وقع الهجوم في مروة، كبرى مدن أقصى شمال الكاميرون، وتنشط الجماعة في منطقة بحيرة تشاد منذ تولي الرئيس النيجيري محمد بخاري الحكم.");
        Assert.DoesNotContain("Al-Aqsa Mosque", places);
        Assert.DoesNotContain("Beheira", places);
        Assert.DoesNotContain("Bukhara", places);
    }

    [GazetteerFact]
    public void The_paper_told_is_no_town()
    {
        // (the SaudiNewsNet outlet "الرياض": its sources speak to it in quotes)
        var places = Places("وقالت مصادر محلية لـ\"الرياض\" إن المقاومة سيطرت على مواقع جديدة في تعز.");
        Assert.DoesNotContain("Riyadh", places);
        Assert.Contains("Taiz", places);
    }

    [GazetteerFact]
    public void The_martyrs_are_no_village() =>
        Assert.DoesNotContain("Ash Shuhadā’", Places("استهدف التفجير مسجدا في منطقة عسير وراح ضحيته عدد من الشهداء."));

    [GazetteerTheory]
    [InlineData("ولذلك فإن السبب الأول وراء القرار في تركيا استراتيجي.", "Van")]
    [InlineData("شنت الشرطة حملة لمكافحة ظاهرة التسول في الرياض.", "Ad Dhahirah")]
    [InlineData("قال عضو مجلس قيادة الثورة في ريف دمشق إن المعارك خفت.", "Ath Thawrah")]
    public void Words_that_are_towns_elsewhere_need_a_cue(string text, string place) =>
        Assert.DoesNotContain(place, Places(text));

    [GazetteerFact]
    public void A_verbal_noun_after_an_unknown_village_goes_on_the_clause() =>
        // "تحرير منطقة كهبوب ودحر ميليشيا الحوثي": "and driving back" is no second village
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وكانت المقاومة قد نجحت بإسناد من القوات الإماراتية في تحرير منطقة كهبوب ودحر ميليشيا الحوثي في محافظة تعز.", "2018-05-13").Places,
            p => p.Surface is "دحر" or "ودحر");

    [GazetteerFact]
    public void A_quarters_kind_and_what_a_village_belongs_to_are_no_part_of_a_name()
    {
        var places = TestPipeline.ExtractWithRealGazetteer(
            "فجرت انتحارية نفسها في حانة بحي شعبي في مدينة مروة. وقتل ثلاثة في قرية الكصيبة التابعة لناحية العظيم في ديالى.", "2015-07-26").Places;
        Assert.DoesNotContain(places, p => p.Surface == "شعبي");
        Assert.DoesNotContain(places, p => p.Surface.Contains("التابعة"));
    }

    [GazetteerFact]
    public void A_groups_name_is_no_town()
    {
        Assert.DoesNotContain("Jerusalem", Places("قالت مصادر عسكرية مصرية إن القوات الجوية قتلت 6 من عناصر تنظيم بيت المقدس جنوب الشيخ زويد."));
        Assert.DoesNotContain("Jerusalem", Places("اتهمت إسرائيل فيلق القدس الإيراني بإطلاق صواريخ من سوريا على مواقع إسرائيلية."));
        Assert.DoesNotContain("Jerusalem", Places("أعلن الجيش المصري ضبط خلية لتنظيم \"بيت المقدس\" بسيناء تضم 4 قيادات خطرة."));
        Assert.Contains("Jerusalem", Places("اعتقلت الشرطة الإسرائيلية ثلاثة شبان في مدينة القدس."));
    }

    [GazetteerFact]
    public void A_verb_of_saying_after_a_town_is_no_village()
    {
        const string text = "شن طيران التحالف فجر أمس ثلاث غارات استهدفت مباني تتمركز فيها مليشيا الحوثي بمدينة البيضاء وقالت مصادر محلية إن الانفجار كان عنيفا.";
        var doc = TestPipeline.ExtractWithRealGazetteer(text, "2015-07-25");
        Assert.DoesNotContain(doc.Places, p => text[p.Span.Start..p.Span.End] == "قالت");
        Assert.Contains(doc.Places, p => text[p.Span.Start..p.Span.End] == "البيضاء");
    }
}
