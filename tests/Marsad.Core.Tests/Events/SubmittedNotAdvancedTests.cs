using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"تقدمت قطر بدعوى قضائية ضد الإمارات": to advance with a suit or a request is to submit it — no advance.</summary>
public class SubmittedNotAdvancedTests
{
    private const string Suit =
        "أودعت الدوحة دعوى قضائية لدى محكمة العدل الدولية ضد الإمارات متهمة إياها بممارسة انتهاكات مستمرة لحقوق الإنسان بحق القطريين.\n" +
        "تقدمت قطر بدعوى قضائية ضد الإمارات العربية أمام محكمة العدل الدولية بسبب انتهاكاتها المستمرة لحقوق الإنسان بحق القطريين، بحسبما أعلنت الخارجية القطرية اليوم.\n" +
        "والدعوى القطرية تدعو المحكمة الدولية إلى مطالبة الإمارات باتخاذ جميع الخطوات اللازمة.";

    [GazetteerFact]
    public void A_suit_submitted_is_no_battle()
    {
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(Suit, "2018-06-11").Events, e => e.EventType == "Battles");
    }
}
