namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أنماط الجرائم الممنهجة … التي شملت القصف العشوائي للمدنيين": a kind of act, with the article, listed as what crimes
/// include (or "مثل", "أبرزها", "، ومنها") is a category, no one act — not strikes that are the subject ("كما شملت
/// الغارات مطار النيرب").
/// </summary>
public class KindsOfCrimesListedTests
{
    [Fact]
    public void Shelling_listed_among_crimes_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ولفت اليامي إلى أن عملية تحرير مدينة عدن كشفت عن أنماط الجرائم الممنهجة المرتكبة من جانب الحوثيين والتي شملت القصف العشوائي للمدنيين وللأعيان والممتلكات المدنية.",
            "2015-07-31").Events);

    [Fact]
    public void Strikes_that_included_an_airport_are_still_strikes() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "شنت طائرات إسرائيلية أمس غارات على مواقع قرب حلب، كما شملت الغارات مطار النيرب العسكري المجاور لمطار حلب.", "2018-07-26").Events,
            e => e.SubEventType == "Air/drone strike");
}
