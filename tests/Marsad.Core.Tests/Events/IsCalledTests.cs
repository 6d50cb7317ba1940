namespace Marsad.Core.Tests.Events;

/// <summary>
/// The passive "يُدعى" (is called) names a man, it reports nothing: the dead leader "ويدعى أبو كرم" is no claim's source;
/// "يدعي أن" still claims. And "جيش النقشبنديين" is the Naqshbandi Army, no state's army.
/// </summary>
public class IsCalledTests
{
    [Fact]
    public void A_man_who_is_called_so_is_no_source()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("اندلعت معارك ضارية بين تنظيم داعش وجيش النقشبنديين في الموصل، وأسفرت عن مقتل 13 مسلحا، وكان من بين القتلى أحد قادته ويدعى أبو كرم.", "2015-07-27");
        var clash = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.Null(clash.Claim);
        Assert.Contains(new[] { clash.Actor1?.Name, clash.Actor2?.Name }, n => n?.Contains("Naqshband") == true);
    }

    [Fact]
    public void One_who_claims_that_is_a_source()
    {
        var doc = TestPipeline.Extract("ويدعي التنظيم أن مقاتليه قتلوا 13 جنديا في اشتباكات بالموصل.", "2015-07-27");
        Assert.True(doc.Claims.ContainsKey(0));
    }
}
