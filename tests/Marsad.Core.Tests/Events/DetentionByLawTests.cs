using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What the law allows ("يمكن اعتقال مشتبه به لستة أشهر"), detention without charge as an institution or its renewal
/// ("توسع «الاعتقال الإداري»", "تمديد الاعتقال الإداري للأسير"), and an arrest denied by a participle ("نافية أسر أو
/// اعتقال أي من عناصرها") tell no arrest; troops who arrested five young men did.
/// </summary>
public class DetentionByLawTests
{
    [GazetteerTheory]
    [InlineData("وبحسب القانون الاسرائيلي يمكن اعتقال مشتبه به لستة اشهر في الضفة الغربية.")]
    [InlineData("إسرائيل توسع «الاعتقال الإداري» ليشمل اليهود في الضفة الغربية")]
    [InlineData("وقررت سلطات الاحتلال تمديد الاعتقال الإداري للأسير محمد علان في سجن عسقلان.")]
    [InlineData("لكن وزارة الدفاع الأمريكية شككت في التقرير نافية أسر أو اعتقال أي من عناصرها في مدينة حلب.")]
    public void No_arrest_is_told(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-30").Events, e => e.SubEventType == "Arrests");

    [GazetteerFact]
    public void Troops_who_arrested_five_did()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("واعتقلت قوات الاحتلال أمس خمسة شبان في مدينة الخليل.", "2015-07-30").Events);
        Assert.Equal("Arrests", e.SubEventType);
    }
}
