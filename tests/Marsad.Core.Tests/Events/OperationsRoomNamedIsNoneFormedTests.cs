using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وضعت غرفة عمليات مشتركة للأجهزة الأمنية خطة عمل": a joint operations room named at work is no group formed — only
/// "تشكيل غرفة عمليات" tells one set up.
/// </summary>
public class OperationsRoomNamedIsNoneFormedTests
{
    [GazetteerFact]
    public void A_room_that_made_a_plan_was_not_formed_here()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وفي رام الله وضعت غرفة عمليات مشتركة للأجهزة الأمنية الفلسطينية خطة عمل كاملة أمس.", "2015-08-03").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Change to group/activity");
    }

    [GazetteerFact]
    public void A_room_formed_is_a_change_to_the_groups()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أعلنت فصائل المعارضة في مدينة إدلب أمس تشكيل غرفة عمليات مشتركة لمواجهة قوات النظام.", "2018-08-03").Events;
        Assert.Contains(events, e => e.SubEventType == "Change to group/activity");
    }
}
