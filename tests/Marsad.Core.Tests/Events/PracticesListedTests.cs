using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "عمدوا إلى ترويع سكان المحافظة، بالقتل والخطف والاعتقال"، "يجري استهدافه بالعزل والاغتيالات والتفجيرات": three or more
/// bare acts with their article, joined by و after a ب of means and taking nothing after them, name how a side behaves —
/// no act of a day. Acts that take their object stay ("بالقتل والخطف والاعتقال لعشرات الناشطين في الحديدة أمس").
/// </summary>
public class PracticesListedTests
{
    [GazetteerFact]
    public void Acts_listed_as_the_means_of_terror_are_no_event()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "مشيرا الى أن محافظة الحديدة لا توجد بها حاضنة لما يروج له الحوثيون، الذين عمدوا في مواجهة ذلك إلى ترويع سكان المحافظة، بالقتل والخطف والاعتقال، وهو ما تشهده الحديدة حتى الآن.",
            "2015-08-07").Events;
        Assert.Empty(events);
    }

    [GazetteerFact]
    public void A_single_act_of_the_day_is_kept()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وقامت ميليشيا الحوثي أمس باختطاف الإعلامي سمير النمري في مدينة الحديدة.", "2015-08-07").Events;
        Assert.Contains(events, e => e.SubEventType == "Abduction/forced disappearance");
    }
}
