using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "كما قتلت ناشطة من اليسار المتطرف في تبادل اطلاق نار مع الشرطة": one woman named in the singular by her calling is
/// one dead, as "ناشط" is one man.
/// </summary>
public class WomanKilledTests
{
    [GazetteerTheory]
    [InlineData("كما قتلت ناشطة من اليسار المتطرف في تبادل اطلاق نار مع الشرطة في احد احياء اسطنبول.")]
    [InlineData("أعلنت وزارة الصحة مقتل ممرضة فلسطينية برصاص الجيش الإسرائيلي شرق خان يونس.")]
    public void One_woman_is_one_dead(string text) =>
        Assert.Equal(1, Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-25").Events).Fatalities);
}
