using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "توجه الرجل إلى مفتاح التحكم في الغاز": a key or a switch is no Yemeni village Al Miftah (data/geo/ambiguous-names.txt
/// lets the name count only with a cue noun); "السيطرة على أربع مديريات بالمحافظة": "in the province" after a plural cue
/// is no village's name, to be placed at the next town the sentence names.
/// </summary>
public class CommonWordsNotPlacesTests
{
    [GazetteerFact]
    public void A_switch_is_no_village() =>
        Assert.DoesNotContain("Al Miftāḩ", TestPipeline.PlaceNames("فإن الرجل توجه مخموراً أمس الخميس إلى مفتاح التحكم في الغاز في قبو المنزل وقام بفتحه.", "2015-07-31"));

    [GazetteerFact]
    public void A_people_is_no_Qom() =>
        Assert.DoesNotContain("Qom", TestPipeline.PlaceNames("وأطلق نشطاء في عمان وسوما عدة من بينها \"ضرائب قوم عند قوم رواتب\" احتجاجا على الضريبة.", "2018-05-30"));

    [GazetteerFact]
    public void In_the_province_is_no_name()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("أفادت مصادر محلية في محافظة إب وسط اليمن أن المقاومة الشعبية تمكنت حتى مساء أمس الاثنين من السيطرة على أربع مديريات بالمحافظة, " +
                                                       "مشيرة إلى أن المقاومة أخذت مساء أمس في التقدم نحو مديرية يريم باتجاه العاصمة صنعاء عقب سيطرتها على مديرية الرضمة.", "2015-08-11");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Yarīm");
    }
}
