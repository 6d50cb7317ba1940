namespace Marsad.Core.Tests.Events;

/// <summary>
/// "عملية مداهمات ضد ناشطين مفترضين من تنظيم داعش": people "of" an armed group, the group right after "من", are its
/// members — not civilians. Not "من قبل" (the doer), nor a choice ("مدنيين أم من عناصر").
/// </summary>
public class PeopleOfAGroupTests
{
    [Theory]
    [InlineData("أطلقت السلطات التركية صباح الجمعة عملية مداهمات واسعة في حلب ضد ناشطين مفترضين من تنظيم داعش.")]
    [InlineData("اعتقلت الشرطة السورية في حلب أمس خمسة أشخاص من تنظيم داعش.")]
    public void People_of_the_group_are_its_members(string text)
    {
        var doc = TestPipeline.Extract(text, "2015-07-25");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("Islamic State", arrest.Actor2?.PlainName);
    }

    [Fact]
    public void Words_between_that_are_no_suspicion_keep_them_civilians()
    {
        var doc = TestPipeline.Extract("اعتقلت الشرطة السورية في حلب أمس خمسة أشخاص فروا من تنظيم داعش.", "2015-07-25");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.NotEqual("Islamic State", arrest.Actor2?.PlainName);
    }
}
