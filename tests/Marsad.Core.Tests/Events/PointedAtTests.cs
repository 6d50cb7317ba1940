namespace Marsad.Core.Tests.Events;

/// <summary>An act with no agent, in a sentence where the evidence points to a side, is coded to that side.</summary>
public class PointedAtTests
{
    [Fact]
    public void The_side_the_evidence_points_to_is_the_agent()
    {
        var doc = TestPipeline.Extract(
            "وقالت المتحدثة باسم الاتحاد الأوروبي، الأحد، إن الدلائل تشير إلى النظام السوري فيما يتعلق بالهجوم الكيماوي الذي استهدف مدينة دوما أمس.", "2018-04-08");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Chemical weapon");
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }
}
