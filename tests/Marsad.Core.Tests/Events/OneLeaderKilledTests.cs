using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بمقتل القيادي الميداني الحوثي", "لقي قيادي بارز مصرعه", "مقتل قيادي حوثي مع مرافقيه": one man named in the singular
/// by the words of his death is one dead — with the article, between "لقي" and his death too — and he with his
/// companions is he and the lowest reading of a plural — whatever apposition stands between "لقي" and his death.
/// </summary>
public class OneLeaderKilledTests
{
    [GazetteerTheory]
    [InlineData("وأفادت مصادر ميدانية بمقتل القيادي الميداني الحوثي في غارة للتحالف العربي على مديرية حيس.", 1)]
    [InlineData("ولقي قيادي بارز في مليشيات الحوثي مصرعه في غارة جوية لمقاتلات التحالف العربي في مديرية حيس.", 1)]
    [InlineData("ولقي قيادي بارز في مليشيات الحوثي مصرعه مع عدد من أتباعه في غارة جوية لمقاتلات التحالف العربي في مديرية حيس.", 4)]
    [InlineData("وأكدت مصادر عسكرية مقتل قيادي حوثي مع مرافقيه، في غارة جوية للتحالف العربي، في مديرية حيس.", 4)]
    // (whatever apposition stands between "لقي" with the man and his death)
    [InlineData("لقي القيادي الحوثي هشام الخالد، أحد أهم القيادات الحوثية الميدانية والمسؤول الأول عن طوق المدينة، مصرعه مع عدد من عناصره بغارة جوية لمقاتلات التحالف في مديرية حيس.", 4)]
    [InlineData("لقي القيادي الميداني الحوثي، قائد مجموعة الاقتحامات، أبو زيد مصبح، مصرعه بغارة جوية لمقاتلات التحالف العربي في مديرية حيس.", 1)]
    public void One_man_killed_is_one_dead(string text, int dead)
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-07-17").Events);
        Assert.Equal(dead, strike.Fatalities);
    }

    [GazetteerFact]
    public void The_side_his_title_names_is_the_side_hit()
    {
        // ("بمقتل القيادي الميداني الحوثي …، مشرف الحوثيين، في غارة": the dead man's side, not the striker)
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأفادت مصادر ميدانية بمقتل القيادي الميداني الحوثي المكنى أبو تمام، مشرف الحوثيين، في غارة للطيران على مديرية حيس.", "2018-09-12").Events);
        Assert.Equal("Houthi Movement", strike.Actor2?.Name);
        Assert.NotEqual("Houthi Movement", strike.Actor1?.Name);
    }
}
