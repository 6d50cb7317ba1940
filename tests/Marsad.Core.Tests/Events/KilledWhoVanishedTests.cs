using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A man who vanished and whom the article tells killed ("وراء مقتل الورفلي") was attacked, one dead — not only taken;
/// one whose fate the article leaves open stays a disappearance.
/// </summary>
public class KilledWhoVanishedTests
{
    [GazetteerFact]
    public void One_who_vanished_and_was_killed_was_attacked()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اختفى الكاتب الليبي محمد سالم الورفلي بعد دخوله مقرا أمنيا في طرابلس الأحد الماضي. وتتهم عائلته جهازا أمنيا بالوقوف وراء مقتل الورفلي داخل المقر.",
            "2018-10-12").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal(1, e.Fatalities);
    }

    [GazetteerFact]
    public void One_whose_fate_is_unknown_vanished() =>
        Assert.Equal("Abduction/forced disappearance", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اختفى الكاتب الليبي محمد سالم الورفلي بعد دخوله مقرا أمنيا في طرابلس الأحد الماضي. وطالبت عائلته بالكشف عن مصيره.", "2018-10-12").Events).SubEventType);
}
