using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "يأتي ذلك في خضم احتجاجات شعبية واسعة في أنحاء المملكة": "the kingdom" or "the country", with no place of the
/// sentence's own and no town the article is about, is the country the article names most — here Jordan, not the
/// Lebanon a biography names once.
/// </summary>
public class TheKingdomIsTheArticlesCountryTests
{
    [GazetteerFact]
    public void Protests_across_the_kingdom_are_the_articles_country()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "الأردن: تكليف عمر الرزاز بتشكيل حكومة جديدة\n"
            + "أعلن الديوان الملكي في الأردن تكليف عمر الرزاز بتشكيل حكومة جديدة بعد قبول استقالة حكومة هاني الملقي الاثنين.\n"
            + "يأتي ذلك في خضم احتجاجات شعبية واسعة في أنحاء المملكة ضد رفع الأسعار وفرض ضريبة دخل جديدة.\n"
            + "وشغل الرزاز منصب وزير التربية والتعليم، وتولى إدارة البنك الدولي في لبنان بين عامي 2002 و2006.",
            "2018-06-04").Events;
        var e = Assert.Single(events);
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Equal("JO", e.Location?.Place?.CountryCode);
    }
}
