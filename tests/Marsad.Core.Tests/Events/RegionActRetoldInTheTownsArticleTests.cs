using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A bombing placed in its own sentence at a region ("في منطقة عسير"), retold by a subheading's definite noun that names
/// no place ("التفجيرات الإجرامية تقودها جماعات …"), in an article whose town (Abha) is told a page on: the retelling moves
/// it to that town, and it stays placed where it was told — not dropped as an act placed from afar.
/// </summary>
public class RegionActRetoldInTheTownsArticleTests
{
    private const string Filler =
        "وأشار إلى أن الجامعة تواصل برامجها الصيفية لخدمة الطلاب والطالبات في مختلف الكليات، وأن عمادة شؤون الطلاب أعدت خطة متكاملة للأنشطة الثقافية والرياضية والاجتماعية خلال الفصل الدراسي المقبل. "
        + "وبين أن عدد المقبولين في برامج البكالوريوس هذا العام تجاوز عشرة آلاف طالب وطالبة، وأن الجامعة افتتحت تخصصات جديدة في الهندسة والحاسب والعلوم الصحية تلبية لاحتياجات سوق العمل. "
        + "ولفت إلى أن المدينة الجامعية الجديدة ستستقبل الطلاب مع بداية العام الدراسي، وأن مشاريع الإسكان والمكتبة المركزية قطعت شوطا كبيرا في التنفيذ وفق الجدول الزمني المعتمد. ";

    [GazetteerFact]
    public void The_bombing_stays_an_event_at_the_town()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "مدير الجامعة يستنكر التفجير\n"
            + "استنكر مدير جامعة الملك خالد التفجير الإرهابي الذي استهدف رجال الأمن أثناء أدائهم صلاة الظهر في منطقة عسير، مما نتج عنه استشهاد عدد من رجال الأمن.\n"
            + "المبطي: التفجيرات الإجرامية تقودها جماعات لا تقيم للقيم الدينية وزنا\n"
            + Filler + "\n"
            + "من جانبه، أدان رئيس غرفة أبها عبدالله المبطي الحادث، مؤكدا أن المجتمع واع لهذه الأغراض الخبيثة.",
            "2015-08-09").Events;
        var e = Assert.Single(events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("SA", e.Location?.Place?.CountryCode);
    }
}
