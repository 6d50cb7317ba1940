using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Words that are also village or town names somewhere count as places only after a cue noun: smoke ("دخان", Dukhan in
/// Qatar), a movement ("الحراك", Al Hirak in Daraa), a man's name ("سامي عنان", Al Inan in Yemen). And an expectation
/// told in the past ("توقعت القوات مواجهات أقوى") is a forecast, not an act. (Real gazetteer: the test one lacks these.)
/// </summary>
public class WordsNotPlacesTests
{
    [GazetteerTheory]
    [InlineData("وأشعل المحتجون الإطارات أمس أملا في أن يمنع دخان إطارات السيارات القناصة من رؤيتهم.", "Dukhān")]
    [InlineData("وتظاهر آلاف المغاربة أمس احتجاجا على سجن قادة الحراك الشعبي.", "Al Ḩirāk")]
    [InlineData("واعتقلت الشرطة المصرية أمس صحفيين أجريا مقابلة مع الفريق سامي عنان.", "Al ‘Inān")]
    [InlineData("وبسطت قوات الجيش اليمني سيطرتها أمس على سلاسل جبال الزور والخشباء.", "As Salāsil")]
    [InlineData("وقالت صحيفة ديلي تلغراف إن قوات سوريا الديمقراطية اعتقلت مقاتلين من داعش أمس.", "Dili")]
    [InlineData("وقتل أكثر من ألفين من المدنيين في غارات على الغوطة الشرقية أمس.", "Alvin")]
    [InlineData("وأكد التحالف أنه سيتعامل بكل حزم مع الحوثيين بعد قصف مدينة جازان أمس.", "Al Ḩazm")]
    [InlineData("وأطلق الحوثيون صاروخ بركان باتجاه مدينة جازان أمس.", "Berkane")]
    [InlineData("وانفجرت عبوة ناسفة أمس بسيارة ضابطين حينما كانا في طريقهما إلى مقر عملهما في نابلس.", "Elqana")]
    // (eulogy, a family name, a misspelt noun, a newspaper named for its city: "فسيح جناته", "حسين دواس", "المنشئة",
    // "صحيفة الرياض")
    [InlineData("وسأل الله أن يتغمد الشهداء بواسع رحمته ويسكنهم فسيح جناته.", "Jannātah")]
    [InlineData("وقال عم الشهيد حسين دواس إن ابن أخيه استشهد في فناء المنزل.", "Dewas")]
    [InlineData("وتساءل كيف يدخل عنصر إرهابي مثل هذه المنشئة التي يفترض أن تكون أشد تحصينا.", "Manshīyat Banī Ḩasan")]
    [InlineData("ونقلت صحيفة الرياض عن مصادر أن التحقيقات مستمرة.", "Riyadh")]
    // ("على متنه", aboard it)
    [InlineData("وأوقفت دوريات خفر السواحل القارب وقبضت على شخصين كانا على متنه.", "Matnah")]
    // ("مسقط رأسه", his birthplace)
    [InlineData("وصلي على الشهيد في الطائف ودفن في مسقط رأسه بقرية بني الحارث.", "Muscat")]
    public void A_word_that_names_a_village_elsewhere_is_no_scene(string text, string village)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(text, "2018-07-15");
        Assert.DoesNotContain(doc.Places, p => p.Place?.Name == village);
    }

    [GazetteerTheory]
    [InlineData("وقالت قوات التحالف إن قصف الأحياء السكنية في الحديدة يعتبر مخالفا لاتفاقية جنيف الرابعة.", "Genève")]
    [InlineData("وقال الوزير إن الهجوم على إدلب يخالف تفاهمات سوتشي ومسار أستانا.", "Astana")]
    [InlineData("وتعرضت محافظة إدلب لقصف جوي روسي، السبت، بعد يوم من قمة طهران.", "Tehran")]
    public void A_city_a_treaty_talks_or_a_summit_are_named_after_is_no_place(string text, string city)
    {
        // ("اتفاقية جنيف", "مسار أستانا": the name of a treaty or a process, not where anything happened)
        var doc = TestPipeline.ExtractWithRealGazetteer(text, "2018-06-19");
        Assert.DoesNotContain(doc.Places, p => p.Place?.Name == city);
        Assert.Contains(doc.Places, p => p.Place is not null);
    }

    [Fact]
    public void An_expectation_told_in_the_past_is_no_event()
    {
        var doc = TestPipeline.Extract("وتوقعت القوات الروسية مواجهات أقوى في مدينة حلب خلال الأيام المقبلة.", "2018-05-18");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void The_capital_cue_reads_a_capital_city_not_a_country()
    {
        // ("في العاصمة عمان": Amman, not the Sultanate of Oman)
        var doc = TestPipeline.ExtractWithRealGazetteer("وأصيب 40 فردا من قوات الأمن في مواجهات مع بعض المحتجين في العاصمة عمان أمس.", "2018-06-06");
        Assert.Contains(doc.Places, p => p.Place?.Name == "Amman");
        Assert.DoesNotContain(doc.Places, p => p.Place?.CountryCode == "OM");
    }
}
