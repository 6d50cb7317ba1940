using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>An act the sentence says happened "مؤخرا" (lately), with no day of its own, is background the report recalls.</summary>
public class ToldAsLatelyTests
{
    [GazetteerFact]
    public void Ground_retaken_lately_is_no_event_of_the_day()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("واستعادت القوات الحكومية السورية مؤخرا، وبدعم من روسيا، مناطق كبيرة من المعارضة بالقرب من مدينة حماة.", "2018-07-03");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Government regains territory");
    }

    [GazetteerFact]
    public void Lately_in_the_clause_before_leaves_the_next_act_alone()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "واعتقلت القوات الأمنية 23 مسلحا بينهم عناصر متورطة في الأحداث التي شهدتها سيناء مؤخرا، وأبطلت مفعول ست عبوات ناسفة في مدينة الشيخ زويد.", "2015-08-06");
        Assert.Contains(doc.Events, e => e.SubEventType == "Disrupted weapons use");
    }

    [GazetteerFact]
    public void Arrests_of_late_are_background_too()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقال المحامي إن الشرطة المصرية اعتقلت في الآونة الأخيرة عشرات النشطاء في القاهرة.", "2018-05-18");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Arrests");
    }

    [GazetteerFact]
    public void What_a_speaker_is_glossed_as_pointing_to_is_no_report()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال مسؤول في حركة الجهاد الإسلامي: \"نحن ملتزمون بذلك طالما أن إسرائيل ملتزمة بها\"، في إشارة إلى الهدنة ووقف إطلاق النار الذي تم بين حماس وإسرائيل في غزة.", "2018-05-30");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Agreement");
    }
}
