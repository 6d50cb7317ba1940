using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "واجه صعوبة في الحصول على تمويل خارجي": facing a difficulty, a shortage or a charge is no fight, though states are
/// named later in the sentence; and "قانون التظاهر", the law that rules protest, is no protest.
/// </summary>
public class HardshipFacedTests
{
    [GazetteerFact]
    public void A_president_facing_difficulty_in_funding_fights_no_one()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "ومثل أي زعيم مصري، كان السد العالي (سد أسوان) المشروع الذي اراد عبدالناصر ان يترك بصمته عليه.\n"
            + "لكن الرئيس العروبي واجه صعوبة في الحصول على تمويل خارجي، خصوصًا أن بريطانيا وفرنسا رفضتا ذلك بسبب دعمه للاستقلاليين في الجزائر وموقفه العدائي تجاه اسرائيل.",
            "2015-08-07");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void The_protest_law_is_no_protest()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وأوضح أن هناك خلافا بين البلدين حول التعامل مع قانون التظاهر في مصر.", "2015-08-04").Events);
    }

    [GazetteerFact]
    public void Students_demonstrating_against_the_protest_law_still_protest()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("تظاهر مئات الطلاب أمس في القاهرة احتجاجا على قانون التظاهر.", "2015-08-10").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
    }
}
