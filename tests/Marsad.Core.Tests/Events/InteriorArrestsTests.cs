using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"وزارة الداخلية البحرينية، التي أعلنت القبض على 14 إيرانياً": an arrest an interior ministry announces was the police's.</summary>
public class InteriorArrestsTests
{
    [GazetteerFact]
    public void An_arrest_the_interior_ministry_announces_is_the_polices()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "رفضت إيران تأكيد ما أسمتها مزاعم وزارة الداخلية البحرينية، التي أعلنت القبض على 14 إيرانياً دخلوا البحرين بجوازات سفر مزورة.", "2018-09-11");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.StartsWith("Police Forces of Bahrain", arrest.Actor1?.Name);
    }

    [GazetteerFact]
    public void People_arrested_after_ala_take_their_nationality()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أعلنت وزارة الداخلية البحرينية القبض على 14 إيرانياً في المنامة.", "2018-09-11");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.StartsWith("Police Forces of Bahrain", arrest.Actor1?.Name);
        Assert.Equal("Civilians (Iran)", arrest.Actor2?.Name);
    }
}
