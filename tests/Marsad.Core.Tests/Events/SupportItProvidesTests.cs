using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بالدعم اللوجستي الكبير الذي تقدمه قوات التحالف العربي": "تقدم" with an object pronoun, after a relative pronoun, is
/// "provides it" — support given, no advance of the coalition's.
/// </summary>
public class SupportItProvidesTests
{
    [GazetteerFact]
    public void Support_the_coalition_provides_is_no_advance() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            " أكدت مصادر في قيادة الجيش الوطني في محافظة تعز لـ «عكاظ» السيطرة الكاملة على مديريتي مشرعة وحدنان بجبل صبر والتوجه لمحاصرة موقع العروس الاستراتيجي بعد السيطرة على موقع سد الفجرة المقابل له، معلنة عن سقوط أكثر من 145من ميليشيات الحوثي بين قتيل وجريح وأسر 11 آخرين.\n" +
            "ونوه المصدر بالدعم اللوجستي الكبير الذي تقدمه قوات التحالف العربي وتعمل على توفير غطاء جوي للمقاومة التي تزحف نحو آخر معاقل الحوثي في الجبهات الجنوبية لمحافظة تعز، مشيرا إلى أن هناك مفاجآت في الأيام القليلة القادمة.", "2015-08-02").Events,
            e => e.SubEventType == "Armed clash" && e.Actor1?.Name == "Coalition (Saudi-led)");
}
