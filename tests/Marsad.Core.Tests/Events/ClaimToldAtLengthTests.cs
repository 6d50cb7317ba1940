namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلن تنظيم داعش الإرهابي في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته عن التفجير": the statement's where and
/// when may stand between the group and its claim — the group, right after the verb, claimed the attack. And "الهجوم
/// الانتحاري الذي تبناه تنظيم داعش": the group that adopted the act did it (it is not the side hit).
/// </summary>
public class ClaimToldAtLengthTests
{
    [Fact]
    public void A_claim_whose_statement_is_told_between_is_the_groups()
    {
        var doc = TestPipeline.Extract("أعلن تنظيم داعش الإرهابي في بيان نشر على موقع تويتر اليوم الخميس مسؤوليته عن التفجير الانتحاري الذي استهدف مسجدا لقوات الطوارئ في الرياض.", "2015-08-06");
        var bombing = Assert.Single(doc.Events);
        Assert.StartsWith("Islamic State", bombing.Actor1?.Name);
    }

    [Fact]
    public void The_group_that_adopted_the_attack_carried_it_out()
    {
        var doc = TestPipeline.Extract("أعلنت السلطات السورية أن شابا في العشرين هو منفذ الهجوم الانتحاري أمس الذي تبناه تنظيم داعش وأوقع 32 قتيلا على الأقل في حلب.", "2015-07-23");
        var bombing = Assert.Single(doc.Events);
        Assert.StartsWith("Islamic State", bombing.Actor1?.Name);
        Assert.DoesNotContain("Islamic State", bombing.Actor2?.Name ?? "");
    }
}
