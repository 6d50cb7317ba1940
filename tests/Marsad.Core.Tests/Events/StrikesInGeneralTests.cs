using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استمرار الضربات الجوية غير القانونية للتحالف": strikes named by a definite noun with no place, day or dead of
/// their own, told alone, are the war's strikes in general — no event; joined to a report of one strike, they are it.
/// </summary>
public class StrikesInGeneralTests
{
    [GazetteerFact]
    public void Strikes_in_general_are_no_event()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قالت منظمة هيومن رايتس ووتش إن التحالف في اليمن لم يحقق في الغارة على حافلة في صعدة.\n" +
            "وجاء في التقرير: \"استمرار الضربات الجوية غير القانونية للتحالف وعدم إجراء تحقيقات كافية في الانتهاكات المزعومة يعرض موردي الأسلحة إلى التحالف لخطر التورط\".", "2018-08-24");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Air/drone strike");
    }

    [GazetteerFact]
    public void A_definite_strike_joined_to_its_report_stays()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "واتهمت سوريا وروسيا إسرائيل بشن هجوم الاثنين على مطار التيفور العسكري في سوريا أدى إلى مقتل 14 شخصا.\nولم تدل إسرائيل بأي تعليق على الضربة الجوية.", "2018-04-12");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike");
    }
}
