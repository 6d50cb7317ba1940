namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حملات أمنية لملاحقة العناصر الإرهابية": the side named after a word of pursuit ("لملاحقة", "لتعقب", "لمطاردة") is
/// the one hunted — never the one that hunts.
/// </summary>
public class PursuedSideTests
{
    [Theory]
    [InlineData("حملات أمنية لتعقب الإرهابيين في مدينة حلب")]
    [InlineData("واصلت قوات الجيش والشرطة الحملات الأمنية لملاحقة العناصر الإرهابية في مدينة حلب أمس.")]
    public void The_pursued_are_no_agent(string text) =>
        Assert.All(TestPipeline.Extract(text, "2015-07-25").Events, e => Assert.NotEqual(3, e.Actor1?.Inter));
}
