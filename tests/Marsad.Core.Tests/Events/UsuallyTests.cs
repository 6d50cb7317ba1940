using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "يلجأ الانقلابيون إلى شن هجمات عادة ما تكون غير مؤثرة": a habit told right after the acts' own noun says what they
/// usually are — acts in general, no event.
/// </summary>
public class UsuallyTests
{
    [GazetteerFact]
    public void Acts_told_as_what_they_usually_are_are_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ومع تلقيهم لضربات متتالية في معقلهم الرئيسي صعدة أو على جبهة الساحل الغربي، يلجأ الانقلابيون إلى شن هجمات عادة ما تكون غير مؤثرة على السعودية، إما عن طريق صواريخ تتصدى لها دفاعات المملكة أو عن طريق الطائرات بدون طيار.",
            "2018-05-26").Events);
}
