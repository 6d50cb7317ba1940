namespace Marsad.Core.Tests.Events;

/// <summary>
/// "نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين", "مقتل 26 من قوات النظام بالإضافة إلى تسعة
/// مقاتلين روس": "إضافة إلى", "فضلا عن" and "علاوة على" add one count of dead to another, as و does — not the wounded
/// they may add instead.
/// </summary>
public class CountsAddedBesidesTests
{
    [Theory]
    [InlineData("حدث تفجير في مسجد مقر قوات الطوارئ في الرياض أمس نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع.", 13)]
    [InlineData("انفجرت سيارة مفخخة في حلب أمس ما أسفر عن مقتل 26 من قوات النظام بالإضافة إلى تسعة مقاتلين روس.", 35)]
    [InlineData("انفجرت سيارة مفخخة في حلب أمس ما أسفر عن مقتل 5 جنود، فضلا عن 3 مدنيين.", 8)]
    [InlineData("انفجرت سيارة مفخخة في حلب أمس ما أسفر عن مقتل 5 أشخاص إضافة إلى 10 جرحى.", 5)]
    public void Dead_added_besides_are_summed(string text, int dead)
    {
        var blast = Assert.Single(TestPipeline.Extract(text, "2015-08-07").Events);
        Assert.Equal(dead, blast.Fatalities);
    }
}
