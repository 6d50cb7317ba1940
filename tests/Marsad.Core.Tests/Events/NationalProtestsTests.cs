using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>A country's protests that neither sentence nor article puts in a town are the capital's; the country is no side facing them.</summary>
public class NationalProtestsTests
{
    [Fact]
    public void Protests_of_a_country_with_no_town_are_at_its_capital()
    {
        var doc = TestPipeline.Extract("احتجاجات ليبيا\nوتظاهر الآلاف في المدن والبلدات الرئيسية أمس احتجاجا على الضرائب.", "2018-06-04");
        var e = Assert.Single(doc.Events, e => e.EventType == AcledTaxonomy.Protests);
        Assert.Equal("LY", e.Location?.Place?.CountryCode);
        Assert.Equal("PPLC", e.Location!.Place!.FeatureCode);
        Assert.Equal(3, e.Location!.GeoPrecision);
    }

    [Fact]
    public void The_country_a_protest_happens_in_faces_nothing()
    {
        var doc = TestPipeline.Extract("احتجاجات ليبيا: وتظاهر المئات في مدينة طرابلس أمس.", "2018-06-04");
        var e = Assert.Single(doc.Events, e => e.EventType == AcledTaxonomy.Protests);
        Assert.Null(e.Actor2);
    }
}
