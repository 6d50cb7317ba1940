using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Members of a cell or network seized ("ضبط عناصر شبكة", "ضبط ستة من أعضاء") by a state's force are arrested, as people
/// counted seized are ("ضبط 173 آخرين").
/// </summary>
public class MembersSeizedTests
{
    [GazetteerFact]
    public void Members_of_a_network_seized_are_arrested()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وأعلنت الداخلية الكويتية ضبط عناصر شبكة تنتمي لتنظيم داعش في منطقة الجهراء.", "2015-07-30");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor2?.Name);
    }
}
