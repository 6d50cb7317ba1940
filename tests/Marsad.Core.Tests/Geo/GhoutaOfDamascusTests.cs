using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>"في غوطة دمشق": the Ghouta of Damascus is the besieged Eastern Ghouta of the news, not the capital.</summary>
public class GhoutaOfDamascusTests
{
    [GazetteerFact]
    public void The_ghouta_of_damascus_is_eastern_ghouta()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قصفت قوات النظام السوري الأحياء السكنية في غوطة دمشق.", "2018-03-10").Events);
        Assert.Equal("Eastern Ghouta", e.Location?.Place?.Name);
    }
}
