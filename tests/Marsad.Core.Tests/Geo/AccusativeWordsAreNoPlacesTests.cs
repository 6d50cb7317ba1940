namespace Marsad.Core.Tests.Geo;

/// <summary>
/// A word written with the accusative tanween ("دوماً" always, "درعاً" a shield, "صفًا" a row) is an adverb or an
/// indefinite noun, never a place's name — which "دوما" and "درعا" without it are.
/// </summary>
public class AccusativeWordsAreNoPlacesTests
{
    [GazetteerFact]
    public void Always_is_not_Douma() =>
        Assert.Equal(new[] { "Dūmā" }, Marsad.Core.Tests.Events.TestPipeline.PlaceNames("ويظل الوطن دوماً في قلوبنا، وقصفت الطائرات مدينة دوما أمس.", "2018-03-01"));

    [GazetteerFact]
    public void A_shield_is_not_Daraa() =>
        Assert.DoesNotContain("Dar‘ā", Marsad.Core.Tests.Events.TestPipeline.PlaceNames("وقف الجنود درعاً واقياً للمدنيين في المدينة.", "2018-03-01"));

    [GazetteerFact]
    public void Words_that_read_as_Idri_are_no_places() =>
        Assert.DoesNotContain("Idrī", Marsad.Core.Tests.Events.TestPipeline.PlaceNames(
            "وهم أدرى بشعاب مكة. وكانت رابع مديرية يطرد منها الحوثيون. وعاد الجنود من إجازة العيد.", "2015-08-08"));
}
