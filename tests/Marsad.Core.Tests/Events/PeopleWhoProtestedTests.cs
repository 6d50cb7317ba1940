using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "احتج المزارعون على انخفاض أسعار الحليب": people — farmers, workers, students — the subject beside the verb of
/// protesting are out protesting (a ministry's protest is a note); and a protest held "حدادا واستنكارا لمقتل الطفل" mourns
/// a killing — its dead are its grievance, no force used on it.
/// </summary>
public class PeopleWhoProtestedTests
{
    [GazetteerFact]
    public void Workers_who_protested_in_a_town_held_a_protest()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "واحتج مئات العمال أمام مقر الشركة في مدينة البصرة للمطالبة بصرف رواتبهم.", "2015-07-27").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.StartsWith("Protesters (Iraq)", e.Actor1!.Name);
    }

    [GazetteerFact]
    public void A_ministry_that_protested_sent_a_note() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("واحتجت الخارجية الإيرانية في طهران على تصريحات الوزير السعودي.", "2015-07-27").Events);

    [GazetteerFact]
    public void A_vigil_mourning_a_killing_met_no_force()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "نظم أطفال نادي الجزيرة الفلسطيني وقفة تضامنية حداداً واستنكاراً لمقتل الطفل علي الدوابشة على يد المستوطنين الإسرائيليين في غزة.", "2015-08-03").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Null(e.Fatalities);
    }
}
