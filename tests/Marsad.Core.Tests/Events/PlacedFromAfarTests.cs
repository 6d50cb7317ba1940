using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ويقول مسؤولون في الأمم المتحدة إن معظم إصابات المدنيين … كانت نتيجة غارات التحالف": an act whose sentence names no
/// place, borrowing one told far before it in the body (where the envoy met officials, several sentences back), is not
/// placed there — it is dropped, as an act placed in nothing finer than a country is. A place in the lead still serves.
/// </summary>
public class PlacedFromAfarTests
{
    private const string Talks =
        "وقال المبعوث الأممي إن المحادثات التي جرت خلال الأسبوع الماضي تناولت ملفات عديدة تتعلق بالوضع الإنساني وإعادة الإعمار وتبادل الأسرى وفتح الطرق بين المحافظات، مؤكدا أن الأطراف أبدت مرونة في عدد من الملفات وأن جولة جديدة من المشاورات ستعقد في وقت لاحق من الشهر المقبل بعد التشاور مع العواصم المعنية.\n";

    private const string Lead =
        "المبعوث الأممي يختتم جولة من المحادثات\n"
        + "اختتم المبعوث الأممي إلى اليمن أمس جولة من المحادثات مع الأطراف اليمنية استمرت ثلاثة أيام، في إطار مساعيه لاستئناف العملية السياسية المتعثرة منذ أشهر، وسط ترقب دولي لنتائجها على الأرض وعلى الوضع الإنساني المتدهور في البلاد التي تعاني من أسوأ أزمة إنسانية في العالم.\n";

    private const string Strikes = "ويقول مسؤولون في الأمم المتحدة إن معظم إصابات المدنيين في الحرب في اليمن كانت نتيجة غارات التحالف الذي تقوده السعودية.";

    [GazetteerFact]
    public void Strikes_summed_up_are_not_placed_where_the_envoy_met_officials_sentences_before()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(Lead + "والتقى المبعوث خلال جولته في صنعاء عددا من المسؤولين.\n" + Talks + Talks + Strikes, "2018-03-06");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void A_strike_placed_by_the_sentence_before_it_stands()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            Lead + Talks + Talks + "وفي صعدة، قتل خمسة مدنيين أمس.\nوقال شهود إن غارة لطيران التحالف استهدفت منزلا فقتلت خمسة مدنيين.", "2018-03-06");
        Assert.Contains(doc.Events, e => e.SubEventType == "Air/drone strike" && e.Location?.Place?.Name == "Sa'dah");
    }
}
