using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Reports of one event merged: the one that names the side hit in its own words ("قتل اثنا عشر شخصا … في هجوم انتحاري")
/// gives the event its actor 2, before a report whose side hit was only filled in from the article's usual foe.
/// </summary>
public class ToldSideHitTests
{
    [GazetteerFact]
    public void The_side_hit_a_report_names_wins_over_one_filled_in()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قُتل اثنا عشر شخصا على الأقل في هجوم انتحاري استهدف مقر المفوضية العليا للانتخابات في العاصمة الليبية طرابلس. "
            + "وقد فجر انتحاري نفسه في مقر المفوضية بطرابلس، ليقتحم عدد من المسلحين المبنى. "
            + "واشتبكت قوات الأمن الليبية مع تنظيم الدولة الإسلامية في مدينة سرت.", "2018-05-02");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Suicide bomb");
        Assert.Equal(7, e.Actor2?.Inter);
    }
}
