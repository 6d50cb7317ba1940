using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The facts of a court case or the charges the prosecution brings ("وشملت وقائع القضية ارتكاب المتهمين …", "ووجهت
/// النيابة للمتهمين اتهامات …", "ووجهت إليهم أيضا تهم ارتكاب …"), however long their list, are what a court tries — no events of the article.
/// </summary>
public class ChargesListedTests
{
    [GazetteerTheory]
    [InlineData("وشملت وقائع القضية ارتكاب المتهمين جريمة قتل نائب مأمور قسم شرطة فيصل بالسويس، واستهداف سيارات الجيش بطريق مصر - إيران، واستهداف خط الغاز بشركة السويس للبترول، وقتل جنود القوات المسلحة في أسوان.")]
    [InlineData("ووجهت النيابة للمتهمين خلال التحقيقات اتهامات الالتحاق بجماعة إرهابية، ووضع عبوة ناسفة بجوار قصر القبة في القاهرة، ومحاولة وضع عبوات متفجرة بجوار سجن المرج.")]
    [InlineData("ووجهت إليهم أيضا تهم ارتكاب 12 عملية إرهابية من خلال خلايا عنقودية، تتضمن استهداف وقتل ضباط وأفراد من الشرطة في محافظة الفيوم.")]
    public void Charges_are_no_events(string text)
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2018-10-09").Events);
    }
}
