namespace Marsad.Core.Tests.Events;

// "أعلن X، الأحد، مسؤوليته، عن Y": the one who claims responsibility for an act did it.
public class ResponsibilityClaimTests
{
    [Fact]
    public void Responsibility_claimed_between_commas_names_the_agent()
    {
        var doc = TestPipeline.Extract("أعلن الحرس الثوري الإيراني، الأحد، مسؤوليته، عن إطلاق الصواريخ على مقر للحزب الديمقراطي الكردستاني الإيراني في مدينة الرقة، السبت.", "2018-09-09");
        var e = Assert.Single(doc.Events, e => e.EventType == "Explosions/Remote violence");
        Assert.StartsWith("Military Forces of Iran", e.Actor1!.Name);
    }
}
