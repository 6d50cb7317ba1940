using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استشهدوا في حادث التفجير الإرهابي الذي طال … قوة الطوارئ الخاصة بمنطقة عسير" and then "وقال الوزير إن التفجير
/// الإرهابي كشف مدى حقد هؤلاء المجرمين": the bombing named again with the article, no place of its own, is the one just
/// told — though its doers are unknown — not a second bombing at the city the meeting sat in.
/// </summary>
public class BombingRetoldByItsUnknownsTests
{
    [GazetteerFact]
    public void The_minister_speaking_of_the_bombing_again_is_no_second_bombing_at_Jeddah()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وزير الداخلية: الهجوم الإرهابي كشف حقد هؤلاء المجرمين\n مراسلنا – جدة\n"
            + " ترأس وزير الداخلية الاجتماع الذي عقده المجلس ظهر اليوم الاثنين في قصر السلام بجدة.\n"
            + " وفي بداية الاجتماع قدم الوزير التعازي في شهداء الواجب الذين استشهدوا في حادث التفجير الإرهابي الذي طال عدداً من أفراد قوة الطوارئ الخاصة بمنطقة عسير أثناء أدائهم الصلاة في المسجد.\n"
            + " وقال الوزير ” إن التفجير الإرهابي كشف مدى حقد هؤلاء المجرمين واستخفافهم بحرمة المساجد، مؤكداً أن هذه الحوادث لن تؤثر على المملكة، ولن تثني هذه الأعمال الإرهابية عزائم رجال الأمن في التصدي بكل حزم لمن يعبث بأمن الوطن “.",
            "2015-08-10");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Asir", e.Location?.Place?.Name);
    }
}
