using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "رافضا الشعارات السياسية التي قد تتسبب في اشتباكات بين الطرفين": قد before an imperfect — تتـ opens nothing else — is
/// what may happen, no clash told.
/// </summary>
public class MayCauseTests
{
    [GazetteerFact]
    public void Clashes_slogans_may_cause_are_none() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وكان أحد رجال الأمن المكرمين ظهر في مقطع فيديو تداوله نشطاء على مواقع التواصل الاجتماعي، وهو يفض مشاجرة حدثت في جدة بين مجموعة من أبناء الجالية اليمنية، "
            + "وكان له دور بارز في احتواء الموقف، مطالبا الجميع بالالتزام بالهدوء، رافضا الشعارات السياسية التي قد تتسبب في اشتباكات بين الطرفين.", "2015-07-31").Events);
}
