namespace Marsad.Core.Tests.Events;

/// <summary>"ولم تعلن أي جهة المسؤولية": "any party" that did not speak is no claim's source.</summary>
public class NoPartySpokeTests
{
    [Fact]
    public void Any_party_is_no_source()
    {
        var doc = TestPipeline.Extract("وقتل 12 شخصا في تفجير انتحاري في الرقة اليوم ولم تعلن أي جهة على الفور المسؤولية عن الهجوم.", "2015-07-25");
        Assert.False(doc.Claims.ContainsKey(0));
    }

    [Fact]
    public void A_party_that_announced_is_a_source() =>
        Assert.True(TestPipeline.Extract("وأعلنت جهة مجهولة المسؤولية عن الهجوم على الرقة اليوم.", "2015-07-25").Claims.ContainsKey(0));
}
