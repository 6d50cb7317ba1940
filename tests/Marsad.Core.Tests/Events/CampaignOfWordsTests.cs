using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A campaign of words — malicious, of the media, of incitement — that "targets" a state ("الحملات المغرضة التي تستهدف
/// الإمارات") is no attack; a campaign of shelling that targets a town still is.
/// </summary>
public class CampaignOfWordsTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-05-06");

    [GazetteerFact]
    public void A_campaign_of_words_strikes_no_one() =>
        Assert.DoesNotContain(Extract("وفي جزيرة سقطرى، قال البيان إن دولة الإمارات تدرك الدور الذي يقوم به الإخوان المسلمين في هذه الحملات المغرضة التي تستهدف الإمارات، ركن جهود التحالف العربي.").Events,
            e => e.EventType == "Explosions/Remote violence");

    [GazetteerFact]
    public void A_campaign_of_shelling_still_strikes() =>
        Assert.Contains(Extract("وتشن قوات النظام السوري حملة قصف عنيفة تستهدف مخيم اليرموك جنوب دمشق.").Events,
            e => e.EventType == "Explosions/Remote violence");
}
