using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The owner of a checkpoint, camp or tank an attack struck is the side it hit: "استهدف نقطة تفتيش تابعة للحوثيين"
/// names the Houthis, and so does the adjective of a Houthi tank ("دبابة حوثية").
/// </summary>
public class OwnerOfAStruckSiteTests
{
    [GazetteerFact]
    public void A_checkpoint_belonging_to_the_houthis()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وشهدت العاصمة صنعاء هجوما للمقاومة الشعبية استهدف نقطة تفتيش تابعة للحوثيين في منطقة عصر.", "2015-07-23").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Popular Resistance (Yemen)", e.Actor1?.Name);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }

    [GazetteerTheory]
    [InlineData("وقال المرصد إن قصفا صاروخيا طال مستودع أسلحة تابعا لمقاتلين من الحرس الثوري الإيراني قرب دمشق أمس، مما أسفر عن مقتل تسعة مقاتلين.", "Military Forces of Iran")]
    [InlineData("وقالت مصادر إن قصفا صاروخيا طال أمس مستودعا تابعا لحزب الله قرب دمشق.", "Hezbollah")]
    public void A_store_belonging_to_a_side_or_its_men(string text, string owner)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-05-09").Events);
        Assert.StartsWith(owner, e.Actor2?.Name);
        Assert.DoesNotContain(owner, e.Actor1?.Name ?? "");
    }

    [GazetteerFact]
    public void The_side_that_fled_is_the_one_driven_out()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "دخلت قوات النخبة الشبوانية، الثلاثاء، وادي سرع في مديرية الصعيد في محافظة شبوة. وجاء تقدم قوات النخبة بعدما سيطرت يوم الاثنين على وادي يشبم وتمركزت فيه، وذلك على أثر فرار مسلحي تنظيم القاعدة الذين كانوا يتمركزون فيه منذ سنوات.", "2018-02-27");
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.Name.StartsWith("Al Qaeda") == true);
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وسيطرت قوات النخبة الشبوانية أمس على مديرية الصعيد في شبوة بعد فرار مسلحي تنظيم القاعدة.", "2018-02-27").Events);
        Assert.StartsWith("Al Qaeda", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_houthi_tank()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "فيما استهدفت غارة لطيران التحالف دبابة حوثية في مدينة صعدة.", "2015-07-23").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("Houthi Movement", e.Actor2?.Name);
    }
}
