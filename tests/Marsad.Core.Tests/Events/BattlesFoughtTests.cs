using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مستفيدا من المعارك التي خاضها في مناطق الهلال النفطي والجفرة وبنغازي ودرنة": the battles a side has fought are its
/// record, no event — unless the sentence counts their dead.
/// </summary>
public class BattlesFoughtTests
{
    [GazetteerFact]
    public void The_battles_a_side_has_fought_are_its_record() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "يراهن بن هامل على الجيش \"وحده\" في معركة التحرير، مستفيدا من المعارك التي خاضها في مناطق الهلال النفطي والجفرة وبنغازي ودرنة.", "2018-06-26").Events);

    [GazetteerFact]
    public void Battles_fought_with_their_dead_are_told() =>
        Assert.Equal(12, Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأسفرت المعارك التي خاضتها المقاومة الشعبية في تعز أمس عن مقتل 12 حوثيا.", "2015-07-22").Events).Fatalities);
}
