using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقال سعيد مموزيني، مسؤول إعلام الحزب الديمقراطي الكردستاني في الموصل: … دفع بالتنظيم إلى شن حملة اعتقالات": a party
/// is "الحزب", never "التنظيم" — the organisation pointed back to is the armed group named before, not the speaker's party.
/// </summary>
public class TheOrganizationIsNoPartyTests
{
    [GazetteerFact]
    public void The_organization_is_not_the_speaker_s_party()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "من ناحية أخرى، اعتقل تنظيم داعش 38 مواطنا في مناطق مختلفة بمدينة الموصل أمس.\n"
            + "وقال سعيد مموزيني، مسؤول إعلام الحزب الديمقراطي الكردستاني في الموصل، لـ«الشرق الأوسط»: «رغم منع التنظيم لمراسم صلاة العيد في الموصل، "
            + "فإن مواطني المدينة تحدوا التنظيم وأقاموا صلاة عيد الفطر في عدد من مساجدها، الأمر الذي دفع بالتنظيم إلى شن حملة اعتقالات واسعة في صفوف المصلين أسفرت عن اعتقال 38 مواطنا موصليا».",
            "2015-07-20");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.Name == "Kurdistan Democratic Party");
    }
}
