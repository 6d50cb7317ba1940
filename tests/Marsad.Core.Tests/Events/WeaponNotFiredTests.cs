namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أصبحت عدن آمنة من صواريخ الكاتيوشا", "إن طهران زادت مدى صواريخها الباليستية", "مكنتها من إيقاف استهداف مدينة عدن بصواريخ
/// الكاتيوشا": a weapon a place is safe from, whose range is told, or whose firing was stopped, was not fired.
/// </summary>
public class WeaponNotFiredTests
{
    [Theory]
    [InlineData("أصبحت مدينة عدن آمنة من صواريخ الكاتيوشا وقذائف المدفعية بعد تحرير قاعدة العند.")]
    [InlineData("وقال مسؤول رفيع في الجيش الإيراني، إن طهران زادت مدى صواريخها الباليستية أرض-بحر، إلى 700 كيلومترا.")]
    [InlineData("وقال مصدر إن سيطرة القوات على قاعدة العند مكنتها من إيقاف استهداف مدينة عدن بصواريخ الكاتيوشا وقذائف المدفعية.")]
    public void No_shelling(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-06").Events, e => e.EventType == "Explosions/Remote violence");

    [Fact]
    public void Rockets_fired_at_the_town_are_shelling() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("واستهدف الحوثيون مدينة عدن بصواريخ الكاتيوشا أمس.", "2015-08-06").Events,
            e => e.SubEventType == "Shelling/artillery/missile attack");

    // ("حاول المسلحون قصف مطار عدن … بعد وصول الطائرة الثانية، بصواريخ الكاتيوشا": the plane that landed struck nothing)
    [Fact]
    public void A_strike_with_rockets_of_the_ground_is_shelling_whatever_plane_is_named()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وحاول المسلحون الحوثيون قصف مطار عدن الدولي بعد وصول الطائرة الثانية، بصواريخ الكاتيوشا، إلا أنها كانت بعيدة عن محيط المطار.", "2015-08-06");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Contains(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
    }
}
