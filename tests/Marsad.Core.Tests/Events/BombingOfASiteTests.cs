using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A bombing told with the site it struck ("عملية تفجير إرهابية … في المسجد", "التفجير الذي استهدف مسجد …") happened,
/// whoever set it off: an unidentified armed group's, though no side is named.
/// </summary>
public class BombingOfASiteTests
{
    [GazetteerFact]
    public void A_bombing_in_a_mosque_with_no_bomber_named_is_an_event()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تفقد الأمير مساء أمس مسجد قوة الطوارئ الخاصة بمنطقة عسير الذي استشهد وأصيب فيه عدد من منسوبي قوة الطوارئ بعد عملية تفجير إرهابية أثناء أدائهم الصلاة جماعة في المسجد الخميس الماضي.",
            "2015-08-11").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.True(e.Actor1?.IsUnidentified);
        Assert.Equal(new DateOnly(2015, 8, 6), e.Date.Date);
    }

    [GazetteerFact]
    public void Bombings_talked_of_with_no_site_stay_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وحذر الخبير من أن التفجيرات قد تتكرر إذا لم تتخذ الإجراءات اللازمة.", "2015-08-11").Events);

    [GazetteerFact]
    public void The_bombing_retold_with_its_article_is_the_one_told_before() =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تفقد الأمير مساء أمس مسجد قوة الطوارئ الخاصة بمنطقة عسير الذي استشهد وأصيب فيه عدد من منسوبي قوة الطوارئ بعد عملية تفجير إرهابية أثناء أدائهم الصلاة جماعة في المسجد الخميس الماضي. واطلع الأمير على آثار التفجير الآثم داخل المسجد الذي طالت أضراره المصاحف.",
            "2015-08-11").Events);

    [GazetteerFact]
    public void Where_the_wounded_were_flown_is_no_scene()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "نقلت طائرات الإخلاء الطبي أمس ثمانية مصابين في حادث التفجير الذي تعرض له مسجد الطوارئ الخاصة بأبها أول من أمس إلى مدينة الرياض لتلقي مزيد من الرعاية الطبية.",
            "2015-08-08").Events);
        Assert.Equal("Abha", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void The_site_of_the_bombing_tells_it_happened() =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وكانت صحة عسير قد أعلنت حالة الطوارئ بعدد من المستشفيات، لاستقبال الحالات التي تم نقلها من موقع التفجير في أبها ظهر اليوم.",
            "2015-08-06").Events);
}
