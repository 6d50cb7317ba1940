using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وبعد يومين من جريمة إحراق منزل عائلة دوابشة في قرية دوما، اختار نتنياهو أن يستهل جلسة حكومته الأسبوعية، أمس": the
/// burning named as "the crime" is the arson the article told, whatever day the sentence's own act was — one attack, not
/// property destroyed beside it days later.
/// </summary>
public class ArsonCrimeRetoldTests
{
    [GazetteerFact]
    public void The_crime_of_burning_the_house_is_the_attack_told_before()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "إسرائيل تطارد قتلة «رضيع دوما» تجنّبا لانتفاضة غضب\n"
            + "أبلغ وزير الأمن الإسرائيلي، موشيه يعلون، جهاز الشاباك بأنه سيؤيد الاعتقال الإداري ضد نشطاء في اليمين المتطرف المشتبهين بالضلوع في اعتداءات إرهابية بحق فلسطينيين، وفي الحالات التي لا تتوفر فيها أدلة كافية تسمح بتقديمهم إلى المحاكمة.\n"
            + "وقالت صحيفة «هآرتس»: إن أقوال يعلون جاءت في أعقاب الاعتداء الإرهابي الذي نفّذه مستوطنون متطرفون في قرية دوما قرب نابلس، ليلة الخميس/الجمعة الماضية، وأسفرت عن حرق الطفل الرضيع -علي دوابشة- وإصابة والديه وشقيقه الذين يرقدون في مستشفيات إسرائيلية، وما زالت حالتهم حرجة.\n"
            + "وبعد يومين من جريمة إحراق منزل عائلة دوابشة في قرية دوما، اختار نتنياهو أن يستهل جلسة حكومته الأسبوعية، أمس، بمهاجمة سلطته، وقال: إنه «في الأيام الأخيرة شهدنا جريمتين بشعتين»، في إشارة إلى جريمة دوما والاعتداء على مسيرة المثليين في القدس، وأن سياسة حكومته هي إنهاء هذه الجرائم وأنه أصدر تعليماته لأجهزة الأمن بإلقاء القبض على القتلة ومعاقبتهم.",
            "2015-08-03").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Looting/property destruction");
        Assert.Contains(events, e => e.SubEventType == "Attack");
    }
}
