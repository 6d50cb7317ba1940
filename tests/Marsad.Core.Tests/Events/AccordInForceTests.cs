using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>An accord a side is asked to keep, carry out or not to break was made before: no agreement that day.</summary>
public class AccordInForceTests
{
    [GazetteerFact]
    public void Keeping_an_accord_is_no_new_accord()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قال المرصد السوري لحقوق الإنسان إن الفصائل سحبت أسلحتها الثقيلة من المنطقة العازلة في إدلب. وسعت تركيا القريبة من مسلحين متشددين، "
            + "لإقناع هيئة تحرير الشام التي ترتبط بتنظيم القاعدة بالالتزام بالاتفاق الذي أعدته مع روسيا لتجنب شن هجوم على إدلب.", "2018-10-19");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Agreement");
    }
}
