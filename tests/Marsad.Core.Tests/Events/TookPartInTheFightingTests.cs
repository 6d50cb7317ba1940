using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "شارك بالقتال مع داعش": taking part in the fighting, told with ب, is someone's record — as "شارك في القتال" is —
/// and those convicted over bombings ("المدانين في تفجيرات") are tried for them: neither is an act of the report.
/// </summary>
public class TookPartInTheFightingTests
{
    [GazetteerFact]
    public void A_sentence_for_a_man_who_took_part_in_the_fighting_is_no_battle() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "السجن تسعة أعوام لمواطن في جدة شارك بالقتال مع داعش",
            "2015-08-03").Events);

    [GazetteerFact]
    public void Those_convicted_over_bombings_are_no_bombing() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقال مدير التعليم في جدة إن كل المقبوض عليهم والمدانين في تفجيرات إرهابية في الموصل ضحايا لفكر متطرف.",
            "2015-07-21").Events);
}
