using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سيطرت قوات النظام السوري الأحد على أكثر من 25 بالمئة من الغوطة الشرقية، بالتزامن مع قصف عنيف دفع مئات المدنيين إلى
/// النزوح": civilians are never the side ground was taken from — the armed side the article shows the taker fighting is.
/// </summary>
public class NoCiviliansLoseGroundTests
{
    [GazetteerFact]
    public void Ground_taken_is_taken_from_the_armed_side() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "سيطرت قوات النظام السوري الأحد على أكثر من 25 بالمئة من الغوطة الشرقية، وذلك بالتزامن مع قصف عنيف دفع مئات المدنيين إلى النزوح داخل الغوطة. وتدور اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في محيط بلدة بيت سوى.",
                "2018-03-04").Events,
            e => e.SubEventType == "Government regains territory" && e.Actor2?.Inter == 7);
}
