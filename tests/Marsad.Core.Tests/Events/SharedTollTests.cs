using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

// One toll told for several events is shared among them evenly, as ACLED's coders split a joint toll.
public class SharedTollTests
{
    [Fact]
    public void A_toll_told_for_a_clash_and_strikes_is_split_between_them()
    {
        var doc = TestPipeline.Extract("وقتل 80 مسلحا من تنظيم داعش في مواجهات مع الجيش السوري وغارات للطائرات الروسية قرب مدينة حلب أمس.", "2018-05-25");
        Assert.Equal(2, doc.Events.Count);
        Assert.All(doc.Events, e => Assert.Equal(40, e.Fatalities));
    }

    [Fact]
    public void A_joint_toll_is_split_even_when_a_later_report_of_one_of_the_events_brings_a_toll_of_its_own()
    {
        // (the strikes, told again with "مقتل 20 منهم", merge with the strikes of the joint toll: its one toll of the
        // trigger's sentence still splits)
        var doc = TestPipeline.Extract("وقتل 80 مسلحا من تنظيم داعش في مواجهات مع الجيش السوري وغارات للطائرات الروسية قرب مدينة حلب أمس.\n" +
            "وشنت الطائرات الروسية غارات على مواقع تنظيم داعش قرب مدينة حلب أمس، ما أسفر عن مقتل 80 منهم.", "2018-05-25");
        Assert.Equal(2, doc.Events.Count);
        Assert.All(doc.Events, e => Assert.Equal(40, e.Fatalities));
    }

    [Fact]
    public void A_summary_s_toll_is_shared_by_the_strikes_it_sums_up()
    {
        var doc = TestPipeline.Extract(
            "وقتل 70 حوثيا في غارات لطائرات التحالف على الساحل الغربي أمس.\nوطالت الغارات مواقع الحوثيين في مديرية جبل راس ومديرية الحالي أمس.", "2018-05-25");
        Assert.Equal(new[] { "Al Hali", "Jabal Ras" }, doc.Events.Select(e => e.Location?.Place?.Name).Order().ToArray());
        Assert.Equal(70, doc.Events.Sum(e => e.Fatalities));
        Assert.All(doc.Events, e => Assert.Equal(35, e.Fatalities));
    }
}
