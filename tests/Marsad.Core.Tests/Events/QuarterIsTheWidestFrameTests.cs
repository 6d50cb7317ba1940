using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "في شمال العراق قرب بلدة العمادية", "في جنوب العراق … في محافظة البصرة": a country's quarter (places-extra.tsv) is
/// only the widest frame of an act — another place of that country the sentence names is where it happened, and a
/// phrase of nearness after the quarter narrows it rather than placing it.
/// </summary>
public class QuarterIsTheWidestFrameTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerTheory]
    [InlineData("شنت الطائرات التركية غارات على مواقع حزب العمال الكردستاني في شمال العراق قرب بلدة العمادية.", "Northern Iraq")]
    [InlineData("تظاهر مئات المحتجين في جنوب العراق احتجاجا على نقص الخدمات، وأغلقوا الطرق المؤدية إلى حقل الرميلة في محافظة البصرة.", "Southern Iraq")]
    public void Another_place_of_the_country_is_the_scene(string text, string quarter)
    {
        var e = Assert.Single(Extract(text, "2018-07-14").Events);
        Assert.NotNull(e.Location?.Place);
        Assert.NotEqual(quarter, e.Location.Place.Name);
        Assert.Equal("IQ", e.Location.Place.CountryCode);
    }

    [GazetteerFact]
    public void A_quarter_alone_is_still_the_scene() =>
        Assert.Equal("Northern Iraq", Assert.Single(Extract("شنت الطائرات التركية غارات على مواقع حزب العمال الكردستاني في شمال العراق.", "2018-07-14").Events).Location?.Place?.Name);
}
