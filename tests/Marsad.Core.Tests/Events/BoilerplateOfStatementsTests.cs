using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The stock words of a statement after an interception tell no second act: launching missiles "يعد مخالفاً للقانون"
/// is a kind of act judged, and what a side "تهدف من وراء إطلاق الصواريخ إلى" is its aim.
/// </summary>
public class BoilerplateOfStatementsTests
{
    [GazetteerFact]
    public void An_act_judged_is_a_kind_of_act() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأكد المالكي في مؤتمر صحفي بمدينة جازان أن إطلاق ميليشيا الحوثي الصواريخ البالستية باتجاه المدن والقرى الآهلة بالسكان يعد مخالفاً للقانون الدولي الإنساني.",
            "2018-06-19").Events);

    [GazetteerFact]
    public void An_act_placed_and_judged_is_the_act_condemned() =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأكدت الجامعة أن تفجير مسجد قوات الطوارئ الخاصة بمنطقة عسير يعد جريمة تنكرها كل الديانات.", "2015-08-10").Events);

    [GazetteerFact]
    public void Acts_named_as_the_means_of_an_aim_are_no_act()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعلن التحالف اعتراض صاروخ بالستي أطلقته ميليشيات الحوثي باتجاه جازان. وأضاف أن إيران وميليشياتها تهدفان من وراء إطلاق الصواريخ إلى تهديد أمن المملكة العربية السعودية.",
            "2018-06-19").Events);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
    }

    [GazetteerFact]
    public void Men_stopped_on_a_road_intercept_no_missile() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "كانا يستقلان سيارة على طريق أوتوستراد المتن السريع ببيروت، فجر الأربعاء، ولما قاموا بذلك، اعترضهم مسلحان، وأنزلاهما من السيارة، وأطلقا النار على الإعلامي.",
            "2015-08-06").Events, e => e.SubEventType == "Disrupted weapons use");
}
