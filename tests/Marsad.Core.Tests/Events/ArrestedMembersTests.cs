namespace Marsad.Core.Tests.Events;

/// <summary>People said to belong to an armed group are its members: the side an arrest takes.</summary>
public class ArrestedMembersTests
{
    [Theory]
    [InlineData("اعتقلت الشرطة السعودية أمس في مدينة الرياض 5 أشخاص يشتبه بانتمائهم إلى تنظيم داعش.", "Islamic State")]
    [InlineData("ألقت قوات الأمن السعودية القبض على أربعة أشخاص ينتمون إلى تنظيم داعش في مدينة الرياض أمس.", "Islamic State")]
    [InlineData("اعتقلت الشرطة السعودية أمس في مدينة الرياض 59 شخصا متهمين بالارتباط بتنظيم داعش.", "Islamic State")]
    public void The_arrested_members_of_a_group_are_the_group(string text, string group)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2015-07-25").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal(group, e.Actor2?.Name);
        Assert.NotEqual(group, e.Actor1?.Name);
    }

    [Fact]
    public void People_with_no_group_named_stay_civilians()
    {
        var e = Assert.Single(TestPipeline.Extract("اعتقلت الشرطة السعودية أمس في مدينة الرياض 5 أشخاص.", "2015-07-25").Events);
        Assert.Equal(7, e.Actor2?.Inter);
    }
}
