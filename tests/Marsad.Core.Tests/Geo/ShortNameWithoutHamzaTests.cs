using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "في محافظة اب", then "سيطرت على ست مديريات في اب": Ibb written without its hamza is the place after a cue, and
/// wherever the article names it again; never a month's date.
/// </summary>
public class ShortNameWithoutHamzaTests
{
    [Fact]
    public void Ibb_after_its_governorate_cue_is_the_place() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "قالت مصادر عسكرية ان هذه القوات اشتبكت أمس مع الحوثيين في محافظة اب جنوب صنعاء.", "2015-08-11").Events,
            e => e.Location?.Place?.Name.Contains("Ibb") == true);

    [Fact]
    public void Ibb_named_again_bare_is_the_same_place() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وقالت مصادر عسكرية ان القوات تصعد عملياتها في محافظة اب جنوب صنعاء.\n"
                + "وقال مصدر عسكري موال لهادي ان قوات المقاومة سيطرت على ست مديريات في اب أمس.", "2015-08-11").Events,
            e => e.SubEventType == "Government regains territory" && e.Location?.Place?.Name.Contains("Ibb") == true);

    [Fact]
    public void A_bare_ab_in_an_article_that_never_names_Ibb_is_no_place() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "وقال مصدر ان الحوثيين قتلوا اب وابنه أمس في قصف على منزلهما في مدينة تعز.", "2015-08-11").Events,
            e => e.Location?.Place?.Name.Contains("Ibb") == true);
}
