namespace Marsad.Core.Tests.Events;

// "أقدم X على قتل Y": X did the act named after "على", Y underwent it.
public class ProceededToTests
{
    [Fact]
    public void The_subject_of_aqdama_did_the_act_and_the_one_named_after_it_underwent_it()
    {
        var doc = TestPipeline.Extract("أقدم أحد عناصر تنظيم داعش على قتل أحد لاعبي فريق كرة القدم قرب منزله في مدينة الرقة أمس.", "2018-03-17");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Attack");
        Assert.Equal("Islamic State", e.Actor1?.Name);
        Assert.Equal("Civilians (Syria)", e.Actor2?.Name);
    }
}
