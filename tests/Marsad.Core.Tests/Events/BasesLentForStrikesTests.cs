using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سمحت تركيا للولايات المتحدة باستخدام قاعدة إنجرليك في شن غارات على التنظيم": strikes a state lets another launch from
/// its bases are what the permission is for — no strike told, and the base no scene. A strike told beside it stays one.
/// </summary>
public class BasesLentForStrikesTests
{
    [GazetteerFact]
    public void Strikes_a_base_is_lent_for_are_no_strike()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأعلن مسؤول عسكري أميركي الخميس أن تركيا سمحت للولايات المتحدة باستخدام العديد من القواعد الجوية التركية، ولا سيما قاعدة إنجرليك في جنوب البلاد، في شن غارات على تنظيم داعش.",
            "2015-07-24").Events;
        Assert.Empty(events);
    }

    [GazetteerFact]
    public void Strikes_a_base_will_open_for_are_no_strike()
    {
        // (the base named before the word of use, the verb of opening in the future)
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقالت صحيفة حرييت ان قاعدة انجرليك ستفتح في وقت قريب جدا امام القوات الامريكية للاستخدام في شن غارات في سوريا.",
            "2015-07-25").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Air/drone strike");
    }

    [GazetteerFact]
    public void A_strike_told_beside_the_permission_stays_one()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقصفت طائرات تركية أمس مواقع لتنظيم داعش في مدينة جرابلس السورية، وسمحت أنقرة للتحالف باستخدام قواعدها الجوية.",
            "2015-08-04").Events;
        Assert.Contains(events, e => e.SubEventType == "Air/drone strike");
    }
}
