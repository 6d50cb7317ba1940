using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أكدت على حق الفلسطينيين في التظاهر السلمي": the right to protest, its holders between the right and the act, is no
/// protest held; a protest told beside it still is.
/// </summary>
public class RightToAnActTests
{
    [GazetteerFact]
    public void The_right_to_protest_is_no_protest() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وأكدت الدول على حق الفلسطينيين في التظاهر السلمي في غزة.", "2018-05-14").Events);

    [GazetteerFact]
    public void Their_right_to_protest_is_no_protest() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وقال المتحدث إن للعراقيين حقهم في الاحتجاج في البصرة.", "2018-07-14").Events);

    [GazetteerFact]
    public void A_protest_in_defence_of_a_right_is_held() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer("تظاهر المئات في البصرة أمس للمطالبة بحقهم في العمل.", "2018-07-14").Events);
}
