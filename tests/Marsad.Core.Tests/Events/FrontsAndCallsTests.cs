using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>A front only sets the scene of other acts; what a call asks for, and what is joined to it, is not done.</summary>
public class FrontsAndCallsTests
{
    [Theory]
    [InlineData("وتعيش الجبهة السورية توترا شديدا بين تنظيم داعش من جهة وقوات النظام السوري من جهة ثانية في مدينة حلب.")]
    [InlineData("وطالب تنظيم داعش عناصره بالتوجه إلى جبهات القتال ضد قوات النظام السوري في مدينة حلب.")]
    public void A_front_alone_is_no_battle(string text) =>
        Assert.Empty(TestPipeline.Extract(text, "2018-03-10").Events);

    [Fact]
    public void A_front_still_places_the_act_of_its_sentence()
    {
        var e = Assert.Single(TestPipeline.Extract("وفي جبهة جسر الشغور، دكت مدفعية الجيش السوري تجمعا لهيئة تحرير الشام أمس.", "2018-03-10").Events);
        Assert.Equal("Jisr ash Shughur", e.Location?.Place?.Name);
    }

    [Fact]
    public void A_call_past_the_commas_of_its_object_and_the_act_joined_to_it_are_not_done() =>
        Assert.Empty(TestPipeline.Extract(
            "ودعا قائد قوات النظام السوري في مدينة حماة، اللواء سهيل الحسن، مقاتلي تنظيم داعش في صفوف التنظيم، إلى الانسحاب من مدينة الرقة قبل فوات الأوان، وتسليم مدينة الرقة سلميا.",
            "2018-03-10").Events);

    // (a call with بـ on a noun of stepping it up: the strikes are asked for, not told)
    [GazetteerTheory]
    [InlineData("وطالب محافظ تعز أمس قوات التحالف بتكثيف الغارات الجوية على مواقع الحوثيين في مدينة تعز.")]
    [InlineData("وناشد شيوخ القبائل أمس قوات التحالف بتعزيز الضربات الجوية على معاقل الحوثيين في صرواح.")]
    public void Strikes_a_call_asks_to_step_up_are_not_told(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2015-09-10").Events);
}
