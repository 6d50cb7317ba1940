namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مذبحة حوثية في عدن..", "ارتكبت الميليشيات الحوثية مجزرة في مدينة عدن … بعدما أمطرت ضاحية دار سعد … بصواريخ الكاتيوشا": a
/// massacre named beside the deadly act the same side did that day in the same province is that act — one event, with its
/// toll whole.
/// </summary>
public class MassacreToldAsTheActTests
{
    private static Document Extract(string title, string body, string published) =>
        TestPipeline.Pipeline.Process(new Document(title + "\n" + body, "test", DateOnly.Parse(published), null, title));

    [Fact]
    public void The_massacre_is_the_shelling()
    {
        var doc = Extract("مذبحة للنظام في حلب..",
            "ارتكبت قوات النظام السوري مجزرة في مدينة حلب، بعدما أمطرت حي الشعار بصواريخ الكاتيوشا وقنابل الهاون مما أدى إلى مقتل 43 مدنيا على الأقل.",
            "2015-07-21");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal(43, e.Fatalities);
    }
}
