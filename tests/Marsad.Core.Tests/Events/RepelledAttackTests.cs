using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>"تصدت A لهجوم B": the side whose attack another stood up to is the other side of their battle.</summary>
public class RepelledAttackTests
{
    [Fact]
    public void A_side_that_stood_up_to_the_others_attack_fought_it()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "تصدت فصائل الجيش السوري الحر، الأربعاء، لهجوم مكثف لقوات النظام بالقرب من مدينة درعا.", "2018-07-04").Events);
        Assert.Equal(AcledTaxonomy.ArmedClash, e.SubEventType);
        Assert.Contains(new[] { e.Actor1?.Name, e.Actor2?.Name }, n => n?.StartsWith("Military Forces of Syria") == true);
    }
}
