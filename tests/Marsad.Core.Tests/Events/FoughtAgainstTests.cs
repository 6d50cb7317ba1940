using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The side a force fought against ("في معاركها ضد ميليشيات الحوثي") is no agent of the ground the force then took, even
/// when the force itself goes unnamed; and what a source "confirmed the completion of" ("أكد المصدر استكمال …") is what
/// he said, not his name.
/// </summary>
public class FoughtAgainstTests
{
    [GazetteerFact]
    public void The_side_fought_against_took_no_ground() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "من جانب آخر، أفادت مصادر عسكرية بأن قوات اللواء الثاني أحرزت تقدما جديدا في معاركها ضد ميليشيات الحوثي وسيطرت على بعض المناطق شرقي تعز.",
            "2018-04-19").Events, e => e.Actor1?.Name == "Houthi Movement");

    [GazetteerFact]
    public void The_completion_confirmed_is_no_part_of_the_source() =>
        Assert.All(TestPipeline.ExtractWithRealGazetteer(
            "وأكد المصدر استكمال المرحلة الأولى من عمليات محاصرة مدينة الفلوجة بعد المعارك التي خاضتها القوات الأمنية العراقية المشتركة ضد تنظيم داعش.",
            "2015-07-21").Events, e => Assert.Equal("المصدر", e.Claim?.Source));
}
