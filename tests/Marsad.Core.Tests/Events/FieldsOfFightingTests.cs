using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أرسلوهم لميادين القتال", "إلى جبهات القتال في جنوب اليمن": the fields and fronts of fighting name where fighters
/// are sent, no fight of their own; "اندلع القتال في مدينة تعز" is one.
/// </summary>
public class FieldsOfFightingTests
{
    private static bool Clash(string text) =>
        TestPipeline.ExtractWithRealGazetteer(text, "2015-08-07").Events.Any(e => e.SubEventType == "Armed clash");

    [GazetteerFact]
    public void The_fields_of_fighting_are_no_fight()
    {
        Assert.False(Clash("وطالبت الأسر بمساءلة قيادات الحوثيين الذين أرسلوا أبناءها لميادين القتال ضد المقاومة في صعدة."));
        Assert.True(Clash("اندلع القتال في مدينة تعز أمس بين المقاومة والحوثيين."));
    }
}
