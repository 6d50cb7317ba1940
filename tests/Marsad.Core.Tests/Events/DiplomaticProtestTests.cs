using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "احتجت السلطات السورية على الاحتلال التركي لعفرين في رسالتين": a protest a government, a ministry or a state lodges
/// is diplomatic, no one in the street; a road an armed force cuts is a supply line cut in war; people who protest still
/// do.
/// </summary>
public class DiplomaticProtestTests
{
    [GazetteerFact]
    public void A_protest_the_authorities_lodge_is_diplomatic() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وقد احتجت السلطات السورية على الاحتلال التركي لعفرين في رسالتين وجهتهما وزارة الخارجية إلى الأمين العام للأمم المتحدة.", "2018-03-26").Events);

    [GazetteerFact]
    public void Workers_who_protest_protest() =>
        Assert.Equal("Peaceful protest", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "احتج عشرات العمال أمام مبنى المحافظة في البصرة أمس على تأخر رواتبهم.", "2018-03-26").Events).SubEventType);

    [GazetteerFact]
    public void A_road_an_armed_force_cuts_is_no_blockade() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وبإسناد من القوات المسلحة الإماراتية العاملة ضمن التحالف العربي في اليمن، تمكنت قوات ألوية العمالقة و المقاومة الوطنية و التهامية من قطع الطريق الرابطة بين مديريتي زبيد و التحيتا التابعتين لمحافظة الحديدة، وذلك بعد عملية التفاف ناجحة ضمن عملية عسكرية واسعة وكبيرة باتجاه محافظة الحديدة، وسط انهيار دفاعات ميليشيات الحوثي الموالية لإيران و فرار عناصرها من الجبهات.",
            "2018-05-24").Events, e => e.EventType == "Protests");

    [GazetteerFact]
    public void A_road_protesters_cut_is_their_blockade() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("وقطع المحتجون الطريق الرئيسي في مدينة الحلة أمس احتجاجا على انقطاع الكهرباء.", "2018-05-24").Events,
            e => e.SubEventType == "Peaceful protest");
}
