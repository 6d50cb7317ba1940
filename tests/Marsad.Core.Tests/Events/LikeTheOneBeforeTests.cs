using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ونفذت الجماعة هجوما مماثلا يوم السبت": an attack told as "similar" is of the kind of the blast told before it; "في
/// عاصمة تشاد" is in the capital of Chad, not the country at large.
/// </summary>
public class LikeTheOneBeforeTests
{
    [GazetteerFact]
    public void A_similar_attack_is_of_the_kind_told_before()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "قال مسؤول في الجيش الكاميروني إن 12 مدنيا قتلوا في هجومين انتحاريين نفذتهما جماعة بوكو حرام في بلدة فوتوكول أمس الأحد.\n"
            + "ونفذت الجماعة هجوما مماثلا يوم السبت في مدينة مايدوجوري ما أسفر عن مقتل 15 شخصا.", "2015-07-20");
        Assert.Equal("Suicide bomb", Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Maiduguri").SubEventType);
    }

    [GazetteerFact]
    public void The_capital_of_a_country_is_its_capital_city() =>
        Assert.Equal("N'Djamena", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وانفجرت سيارة مفخخة في عاصمة تشاد أمس ما أسفر عن مقتل خمسة أشخاص.", "2015-07-20").Events).Location?.Place?.Name);
}
