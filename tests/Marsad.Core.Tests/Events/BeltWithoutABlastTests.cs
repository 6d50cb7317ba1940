using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حزام ناسف" names a bomb, not its use: a belt seized ("ضبطت الأجهزة الأمنية … وحزام ناسف"), worn by a man caught, or a
/// column's figure ("طموحهم حزام ناسف!") is no suicide bombing. A belt blown up or one that killed is.
/// </summary>
public class BeltWithoutABlastTests
{
    [GazetteerFact]
    public void A_belt_seized_is_no_bombing() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "كما ضبطت الأجهزة الأمنية في شمال سيناء 3 أجهزة محمولة، و6 شرائح هاتفية تتبع شبكة الجوال الإسرائيلية، وملابس عسكرية، وحزام ناسف.", "2018-05-01").Events,
            e => e.SubEventType == "Suicide bomb");

    [GazetteerFact]
    public void A_belt_in_a_columns_line_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("واليوم تحتزم بحزام ناسف في أبها كي تنسف كل ذاك الحصاد.", "2015-08-08").Events);

    [GazetteerFact]
    public void A_belt_blown_up_is_a_suicide_bombing() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "والأحد فجرت امرأة حزامها الناسف في سوق مكتظة في داماتورو عاصمة ولاية يوبي.", "2015-07-31").Events,
            e => e.SubEventType == "Suicide bomb");

    [GazetteerFact]
    public void A_belt_that_killed_is_a_suicide_bombing() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "وقتل ثلاثة مهاجمين في باماكو كان أحدهم يرتدي سترة ناسفة.", "2015-08-08").Events,
            e => e.SubEventType == "Suicide bomb");
}
