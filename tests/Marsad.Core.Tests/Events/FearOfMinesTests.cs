using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ولا يعكر صفو الحياة إلا الخوف من ألغام الحوثيين": what people fear (الخوف من، خوفا من، الخشية من) has not gone off.
/// </summary>
public class FearOfMinesTests
{
    [GazetteerFact]
    public void Mines_feared_are_no_blast() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وكما كانت الحال في كل المديريات المحررة على طول الساحل الغربي لايوجد مشكلات أمنية تذكر في البلدات المحررة مؤخرا، "
            + "ولا يعكر صفو الحياة إلا الخوف من ألغام الحوثيين التي زرعوها في الحديدة.", "2018-05-29").Events);
}
