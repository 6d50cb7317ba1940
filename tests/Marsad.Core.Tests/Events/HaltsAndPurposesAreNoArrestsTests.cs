using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "توقيف تحليق مقاتلات إف 35": a halt to flights, work or broadcasts is no arrest; "مداهمة المنازل ضرورية لإجراء
/// اعتقالات": arrests a raid is needed to make are a purpose; "أعلنت الشرطة توقيف ثلاثة أشخاص" is an arrest.
/// </summary>
public class HaltsAndPurposesAreNoArrestsTests
{
    [GazetteerFact]
    public void Grounding_flights_is_no_arrest() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "أعلن الجيش الإسرائيلي، الخميس، توقيف تحليق مقاتلات \"إف 35\" بعد اكتشاف عيوب في واحدة مثلها بالولايات المتحدة.", "2018-10-11").Events);

    [GazetteerFact]
    public void Arrests_to_be_made_are_no_arrests() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "من ناحيتها، تعتبر السلطات الاسرائيلية أن مداهمة المنازل ضرورية لإجراء اعتقالات في الضفة الغربية المحتلة.", "2015-07-23").Events);

    [GazetteerFact]
    public void People_held_are_an_arrest() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("أعلنت الشرطة توقيف ثلاثة أشخاص في القدس.", "2018-10-11").Events,
            e => e.SubEventType == "Arrests");
}
