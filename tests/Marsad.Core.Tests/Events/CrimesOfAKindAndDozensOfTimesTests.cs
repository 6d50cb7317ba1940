using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تقريرا بشأن جرائم الاغتيال والاختطاف في بغداد والبصرة": crimes of a kind (or a phenomenon) are acts in general;
/// "وهاجم عشرات المرات مواقع الجيش", "من آن لآخر": what was done dozens of times, or now and then, is a record.
/// </summary>
public class CrimesOfAKindAndDozensOfTimesTests
{
    [GazetteerFact]
    public void Crimes_of_assassination_and_kidnapping_are_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "قال بيان رسمي، الأحد، إن مجلس الأمن الوطني العراقي برئاسة حيدر العبادي ناقش تقريرا من الأجهزة الاستخباراتية بشأن جرائم الاغتيال والاختطاف في بغداد والبصرة ومحافظات أخرى.", "2018-09-30").Events);

    [GazetteerFact]
    public void Acts_done_dozens_of_times_are_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتابع قائلا: \"قتل التحالف الأمريكي الآلاف من أطفال سورية ونسائها وهاجم عشرات المرات مواقع الجيش العربي السوري لمنعه من مقاتلة تنظيم داعش في شرق سورية\".", "2018-08-17").Events);

    [GazetteerFact]
    public void An_assassination_told_is_an_event() =>
        Assert.NotEmpty(TestPipeline.ExtractWithRealGazetteer("اغتال مسلحون مجهولون ضابطا في الشرطة العراقية في بغداد أمس.", "2018-09-30").Events);
}
