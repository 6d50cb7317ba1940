using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Shells or projectiles told coming "من (داخل) الأراضي اليمنية" onto a Saudi border post were fired from Yemen: with no
/// side named firing them, an unidentified armed group of Yemen (or the Yemeni side the article names) fired them — not
/// the ministry that announced the dead, nor the border guards it lost. "مقذوف" (a projectile) is such a shell, the
/// border guards of a Saudi post are no Israeli border police, and head of livestock killed are no dead people.
/// </summary>
public class ShellsFromAcrossTheBorderTests
{
    [GazetteerFact]
    public void Shells_from_yemeni_territory_were_fired_by_a_yemeni_side()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت وزارة الداخلية السعودية عن استشهاد اثنين من عناصر حرس الحدود في مركز حدودي بمحافظة ظهران الجنوب، نتيجة تعرضهم لقذائف كثيفة من الأراضي اليمنية.",
            "2015-08-01").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Yemen)", e.Actor1?.Name);
        Assert.StartsWith("Police Forces of Saudi Arabia", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void The_hit_side_read_as_the_doer_gives_way_to_the_side_across()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "استشهد جنديان من حرس الحدود في محافظة ظهران الجنوب إثر قذائف عسكرية من داخل الأراضي اليمنية أمس الجمعة.", "2015-08-01").Events);
        Assert.Equal("Unidentified Armed Group (Yemen)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_post_named_with_its_sector_and_region_underwent_the_shells()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأوضح المتحدث الأمني أنه في صباح أمس تعرض مركز المسيال بقطاع ظهران الجنوب في منطقة عسير، لقذائف عسكرية كثيفة من داخل الأراضي اليمنية.",
            "2015-08-01").Events);
        Assert.Equal("Unidentified Armed Group (Yemen)", e.Actor1?.Name);
        Assert.Equal("Dhahran al Janub", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_projectile_is_a_shell()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "تعرضت دورية أمنية في محافظة الطوال لمقذوف عسكري من داخل الأراضي اليمنية، ما نتج عنه استشهاد أحد أفرادها.", "2015-08-01").Events);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Unidentified Armed Group (Yemen)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Projectiles_from_within_the_yemeni_border_were_fired_from_yemen()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "إلى ذلك، أصيب مقيم إثر مقذوفات عسكرية أطلقت من داخل الحدود اليمنية على مدينة نجران، فيما تعرض محل تجاري إلى أضرار.", "2015-07-25").Events);
        Assert.Equal("Unidentified Armed Group (Yemen)", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Head_of_livestock_are_no_dead()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ونفقت 20 رأسا من الأغنام إثر سقوط مقذوفات أطلقها الحوثيون على قرية حدودية في محافظة الطوال.", "2015-08-01").Events);
        Assert.Null(e.Fatalities);
    }
}
