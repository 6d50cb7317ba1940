namespace Marsad.Core.Tests.Events;

/// <summary>
/// "اعتقلت قوات كردية في شمال سوريا الجهادي … المتهم بالتخطيط لاعتداءات 11 سبتمبر بالولايات المتحدة": a country with a
/// direction is the scene of the act before the next act's trigger; the country named after that trigger is the other
/// act's, and does not hand the scene to the article's town abroad.
/// </summary>
public class PlacesOfTheNextActTests
{
    [Fact]
    public void A_country_after_the_next_act_does_not_hand_the_scene_to_the_article_s_town()
    {
        var doc = TestPipeline.Extract("اعتقلت القوات الروسية في شمال سوريا أمس قياديا في تنظيم داعش، المتهم بالتخطيط لاعتداءات في ليبيا.\n" +
            "وكان القيادي يقيم في مدينة طرابلس الليبية قبل سنوات.", "2018-04-19");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("SY", arrest.Location?.Place?.CountryCode);
    }
}
