using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حكم البلاد بين عامي 1304 و1237 قبل الميلاد … وخاض معارك منها قادش": what a sentence dates before Christ, or to a
/// past century, is history — no battle of the day an exhibition opened.
/// </summary>
public class AntiquityTests
{
    [GazetteerFact]
    public void Battles_of_a_pharaoh_are_history() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "افتتح وزير الآثار المصري مساء اليوم الأحد معرضا بالمتحف المصري في القاهرة يضم قطعا اكتشفت في منطقة قناة السويس. "
            + "ويصور تمثال الملك -الذي حكم البلاد بين عامي 1304 و1237 قبل الميلاد- قوته حيث أرسل حملات عسكرية إلى الشام وخاض معارك منها “قادش” غربي نهر العاصي وتصدى فيها جيش مصر للحيثيين.",
            "2015-08-03").Events);
}
