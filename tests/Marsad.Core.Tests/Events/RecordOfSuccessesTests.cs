using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "والنجاحات التي حققتها قوات التحالف في تحرير عدن", "بعد الانتصارات التي حققتها المقاومة في طرد المتمردين": an act
/// told as a side's record of successes is looked back on — no news of ground taken that day.
/// </summary>
public class RecordOfSuccessesTests
{
    [GazetteerTheory]
    [InlineData("وسئل المتحدث عن الربط بين الهجوم والنجاحات التي حققتها قوات التحالف بقيادة السعودية في تحرير عدن ومحافظات الجنوب في اليمن.")]
    [InlineData("وتأتي عودة الحكومة إلى عدن بعد الانتصارات التي حققتها المقاومة الشعبية في طرد المتمردين الحوثيين من مدينة عدن.")]
    public void Successes_looked_back_on_are_no_news(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-07").Events);
}
