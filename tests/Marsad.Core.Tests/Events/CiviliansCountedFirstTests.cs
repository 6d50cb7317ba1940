using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل 5 مدنيين … في قصف عشوائي لميليشيات الحوثي" then "الانقلابيين مستمرون في القصف العشوائي": of the reports of one
/// shelling merged, the one whose toll counts civilians names the side hit in its own words — before the other, whose side
/// hit is the article's usual foe.
/// </summary>
public class CiviliansCountedFirstTests
{
    [GazetteerFact]
    public void The_civilians_a_toll_counts_are_the_side_hit_of_the_merged_event()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأفادت مصادر عسكرية بمقتل 79 مسلحا من ميليشيات الحوثي في غارات لتحالف دعم الشرعية على الساحل الغربي. "
            + "ومن جهة أخرى، قتل 5 مدنيين وأصيب 7 آخرون في قصف عشوائي لميليشيات الحوثي، على مناطق سكنية في قرية المنظر جنوبي مدينة الحديدة. "
            + "وقال سكان محليون إن الانقلابيين مستمرون في القصف العشوائي بقذائف الهاون، على قرية المنظر.", "2018-08-10").Events;
        var shelling = Assert.Single(events, e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.Equal(7, shelling.Actor2?.Inter);
    }

    [GazetteerFact]
    public void A_hundred_civilians_in_the_singular_are_civilians()
    {
        // ("أكثر من 100 مدني": the singular after a hundred counts civilians too)
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("قتل أكثر من 100 مدني في قصف مدفعي لقوات النظام على مدينة دوما.", "2018-02-20").Events);
        Assert.Equal("Civilians (Syria)", e.Actor2?.Name);
    }
}
