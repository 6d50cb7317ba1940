using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استهدفت قوات التحالف الإرهابيين المسؤولين عن إطلاق الطائرات بدون طيار من صعدة": the acts those hit are responsible
/// for say who they are — the strike on them is the sentence's event, by the coalition.
/// </summary>
public class ResponsibleForTests
{
    [GazetteerFact]
    public void Those_responsible_for_the_drones_were_struck()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "واستهدفت قوات التحالف في عملية نوعية الإرهابيين المسؤولين عن إطلاق الطائرات بدون طيار من صعدة شمالي اليمن.", "2018-05-26").Events);
        Assert.Equal("Coalition (Saudi-led)", e.Actor1?.Name);
    }
}
