using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Bombs held or being made ready ("بحيازة الإرهابيين أسلحة، وإعدادهم عبوات متفجرة") have not gone off — as bombs found or
/// seized have not.
/// </summary>
public class BombsMadeReadyTests
{
    [GazetteerFact]
    public void Bombs_the_cell_was_making_ready_are_no_blast() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وكشفت التحريات في المنيا عن حيازة الإرهابيين بنادق آلية، وإعدادهم عبوات متفجرة، وعزمهم التحرك في الأيام المقبلة.",
            "2018-10-15").Events);
}
