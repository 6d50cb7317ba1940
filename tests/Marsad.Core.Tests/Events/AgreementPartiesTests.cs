namespace Marsad.Core.Tests.Events;

// An agreement "بين X و Y" has its two parties, "قوات الحكومة" (the government's forces) among them.
public class AgreementPartiesTests
{
    [Fact]
    public void The_government_s_forces_are_a_party()
    {
        var doc = TestPipeline.Extract("قال مصدر رسمي إنه جرى التوصل إلى مصالحة في مدينة الرقة بين المعارضة وقوات الحكومة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Agreement");
        Assert.Contains(new[] { e.Actor1?.Name, e.Actor2?.Name }, n => n is not null && n.StartsWith("Military Forces of Syria"));
        Assert.Contains(new[] { e.Actor1?.Name, e.Actor2?.Name }, n => n == "Opposition Rebels (Syria)");
    }
}
