using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Days and places the wording hides: a crowd that "condemns" at its protest protests that day, not on the day of the
/// law it condemns; the dead counted "منذ أواخر مارس" are a tally, no event of that day; eggs thrown ("بالبيض") are no
/// Algerian town; a visit pelted "في مارس / أذار" is background half a year on.
/// </summary>
public class DaysOfCrowdsAndTalliesTests
{
    [GazetteerFact]
    public void A_crowd_condemning_at_its_protest_protests_that_day()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ندد الآلاف مساء السبت في تظاهرة في تل أبيب بقانون أقره الكنيست الإسرائيلي في 19 تموز/يوليو بدعم من رئيس الوزراء بنيامين نتانياهو.",
            "2018-08-11").Events);
        Assert.Equal(new DateOnly(2018, 8, 11), e.Date.Date);
    }

    [GazetteerFact]
    public void The_dead_counted_since_late_march_are_a_tally() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقتل 38 فلسطينيا منذ أواخر مارس، بينهم أربعة أطفال برصاص القوات الإسرائيلية، خلال الاحتجاجات التي يقومون بها منذ ثلاثة أسابيع على طول الحدود بين غزة وإسرائيل.",
            "2018-04-21").Events);

    [GazetteerFact]
    public void Eggs_thrown_are_no_town() =>
        Assert.All(TestPipeline.ExtractWithRealGazetteer("رشق متظاهرون غاضبون الوزير بالبيض في لندن اليوم.", "2018-10-20").Events,
            e => Assert.Equal("GB", e.Location?.Place?.CountryCode));

    [GazetteerFact]
    public void Pelted_in_march_is_background_in_october() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "لكنه بدا وهو يفقد أعصابه خلال زيارة له في لندن في مارس / أذار عندما رشقه متظاهرون بالبيض قبل إلقائه كلمة في مؤتمر دولي.", "2018-10-20").Events);
}
