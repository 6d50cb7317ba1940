using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A bombing told as having taken place on a day ("أدان التفجير الذي وقع يوم الاثنين في بلدة سروج التركية") happened,
/// whoever set it off; battles told "في عدد من المدن" with none of them named sum up many days and places.
/// </summary>
public class ToldOccurringAndInSeveralTownsTests
{
    [GazetteerFact]
    public void A_bombing_that_took_place_on_monday_in_suruc_happened()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقال البيت الابيض ان اوباما أدان التفجير الذي وقع يوم الاثنين في بلدة سروج التركية.", "2015-07-25").Events);
        Assert.Equal("Suruç", e.Location?.Place?.Name);
        Assert.Equal(new DateOnly(2015, 7, 20), e.Date.Date);
    }

    [GazetteerFact]
    public void News_of_battles_in_a_number_of_towns_is_no_battle() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "عيد الفطر في بغداد.. احتفالات وطقوس ومسارح شعبية\n" +
            "تنوعت مظاهر وطقوس عيد الفطر المبارك في العاصمة العراقية بغداد، فعلى الرغم من الارتفاع الشديد في درجات الحرارة وانشغال الناس بمتابعة أخبار معارك التصدي لـ«داعش» الإرهابي في عدد من المدن العراقية، تصدرت مهمة زيارة الأهل والأقارب لتبادل التهاني في العيد قائمة الأولويات.",
            "2015-07-21").Events);
}
