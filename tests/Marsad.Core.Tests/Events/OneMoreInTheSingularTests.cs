using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مقتل 10 مدنيين وجندي من تشاد": one more dead in the singular, joined by و right after the figure's noun, counts — but
/// after eleven and more the counted noun is itself a singular ("أكثر من 80 ضابطا وجنديا" is eighty officers and
/// soldiers), unless "واحدا" says one.
/// </summary>
public class OneMoreInTheSingularTests
{
    private static int? Dead(string text) =>
        Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-07-24").Events).Fatalities;

    [GazetteerFact]
    public void Ten_civilians_and_a_soldier_are_eleven() =>
        Assert.Equal(11, Dead("وقامت انتحاريتان بتفجير نفسيهما في فوتوكول مما أدى إلى مقتل 10 مدنيين وجندي من تشاد."));

    [GazetteerFact]
    public void Two_soldiers_and_a_guard_are_three() =>
        Assert.Equal(3, Dead("قالت مصادر أمنية إن جنديين تركيين وحارسا مسلحا قتلوا عندما فجر مقاتلون أكراد لغما في إقليم شرناق."));

    [GazetteerFact]
    public void Twelve_and_one_said_so_are_thirteen() =>
        Assert.Equal(13, Dead("وقال مسؤول إن 12 مدنيا على الأقل وجنديا تشاديا واحدا قتلوا في هجومين انتحاريين في بلدة فوتوكول."));

    [GazetteerFact]
    public void Eighty_officers_and_soldiers_are_eighty() =>
        Assert.Equal(80, Dead("هاجم مسلحون مقرات الشرطة في أسيوط مما أسفر عن مقتل 80 ضابطا وجنديا."));
}
