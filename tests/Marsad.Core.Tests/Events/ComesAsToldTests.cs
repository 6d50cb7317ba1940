using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ويأتي استعادة القاعدة الجوية … بعد أسابيع على تحرير محافظة عدن": a verbal noun the governed word makes definite,
/// the subject of a verb of coming, is the act just told — no new taking, at Aden or anywhere.
/// </summary>
public class ComesAsToldTests
{
    [GazetteerFact]
    public void The_taking_that_comes_after_is_the_one_told()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقال قائد العملية إن مقاتلي الجيش والمقاومة الشعبية سيطروا على قاعدة العند الجوية في محافظة لحج، وأسروا 70 متمردا. "
            + "ويأتي استعادة القاعدة الجوية ودحر الميليشيات بعد أسابيع على تحرير محافظة عدن بدعم من ضربات التحالف العربي، الأمر الذي يشير إلى استمرار تقدم القوات الموالية لهادي.",
            "2015-08-04").Events;
        var taking = Assert.Single(events);
        Assert.Equal("Government regains territory", taking.SubEventType);
        Assert.NotEqual("Aden", taking.Location?.Place?.Name);
    }
}
