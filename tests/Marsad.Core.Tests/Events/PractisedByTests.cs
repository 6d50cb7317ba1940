using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بأعمال الشغب التي تقوم بها", "الاعتقالات التي تمارسها ميليشيات الحوثي": acts a side is said to carry out, practise
/// or commit, in the present, are its conduct — no one event.
/// </summary>
public class PractisedByTests
{
    [GazetteerFact]
    public void Acts_a_side_carries_out_are_its_conduct() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ولفت الجبير في الرياض إلى أن المشكلة التي نواجهها تدخل إيران في شأن دول المنطقة وبأعمال الشغب التي تقوم بها.", "2015-07-24").Events);

    [GazetteerFact]
    public void Riots_told_as_they_happened_are_told() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer(
            "واندلعت أعمال الشغب في الرياض أمس بعد مباراة كرة القدم وأصيب خلالها ثلاثة من رجال الأمن.", "2015-07-24").Events);
}
