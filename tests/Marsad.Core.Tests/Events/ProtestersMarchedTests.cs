using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Protesters named with their march ("المحتجون الذين ساروا إلى ميدان التحرير", "سار المتظاهرون") are a protest, as
/// "تظاهر" is.
/// </summary>
public class ProtestersMarchedTests
{
    [GazetteerTheory]
    [InlineData("المحتجون الذين ساروا إلى ساحة الفردوس في بغداد رفعوا لافتات تندد بالفساد.")]
    [InlineData("وسار المتظاهرون في شوارع بغداد مطالبين بإصلاح الكهرباء.")]
    public void Protesters_who_marched_protested(string text)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-11").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Equal("Baghdad", e.Location?.Place?.Name);
    }
}
