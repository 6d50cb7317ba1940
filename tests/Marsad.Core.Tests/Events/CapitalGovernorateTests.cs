namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مدير عام مديرية شرطة محافظة العاصمة المنامة" in Bahrain: "محافظة العاصمة" names Bahrain's Capital Governorate as
/// well as Kuwait's — the country the article is in decides, and the bomb is one event there.
/// </summary>
public class CapitalGovernorateTests
{
    [Fact]
    public void The_capital_governorate_of_bahrain()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(new Document(
            "إصابة رجل أمن بانفجار قنبلة في البحرين\n\nأصيب رجل أمن بانفجار قنبلة في قرية العكر الغربي بمملكة البحرين، ونقلت وكالة أنباء البحرين عن مدير عام مديرية شرطة محافظة العاصمة المنامة قوله ” إن عملاً إرهابيًا وقع بقرية العكر الغربي تمثل بتفجير قنبلة محلية الصنع مساء اليوم حيث استهدف دورية أمنية أثناء قيامها بالواجب.",
            "bahrain", new DateOnly(2015, 7, 24), title: "إصابة رجل أمن بانفجار قنبلة في البحرين"));
        var bomb = Assert.Single(doc.Events);
        Assert.Equal("BH", bomb.Location?.Place?.CountryCode);
    }
}
