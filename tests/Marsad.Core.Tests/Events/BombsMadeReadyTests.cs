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
            "وأفادت المعلومات في أسيوط بحيازة الإرهابيين أسلحة نارية متنوعة، وإعدادهم عبوات متفجرة، واعتزامهم التحرك خلال الفترة المقبلة.",
            "2018-10-15").Events);
}
