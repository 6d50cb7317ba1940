using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "استولى على" changes who holds ground only when what was taken is ground — a place named, land, a town, a site —
/// not schools, food and cattle, cameras or a vehicle.
/// </summary>
public class SeizedThingsAreNoGroundTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerTheory]
    [InlineData("واستنادا إلى منظمة العفو الدولية، فإن قوات تركية ومقاتلين سوريين متحالفين معها استولوا على مدارس في عفرين.", "2018-08-02")]
    [InlineData("وقال كولو إن مسلحي بوكو حرام استولوا على المواد الغذائية والماشية في قرية كيلوا بولاية بورنو.", "2015-07-21")]
    [InlineData("وأفاد مصدر محلي بأن المقاومة الجنوبية استولت على دبابتين وعربتي همر من ميليشيات الحوثي في قاعدة العند.", "2015-07-23")]
    [InlineData("وقالت المصادر إن المقاومة الشعبية في تعز تواجه كارثة بسبب استيلاء ميليشيات الحوثي على كل شيء بدعوى دعم المجهود الحربي.", "2015-08-04")]
    public void Things_seized_are_no_ground(string text, string published) =>
        Assert.DoesNotContain(Extract(text, published).Events, e => e.SubEventType.Contains("territory", StringComparison.Ordinal));

    [GazetteerTheory]
    [InlineData("وكانت المقاومة الشعبية في تعز قد استولت أمس على أحد المواقع الهامة من ميليشيات الحوثي غرب المدينة.", "2015-07-23")]
    [InlineData("كما استولت القوات الحكومية السورية على كفر بطنا وسقبا بعد معارك مع الفصائل المعارضة.", "2018-03-18")]
    public void Ground_seized_still_changes_hands(string text, string published) =>
        Assert.Contains(Extract(text, published).Events, e => e.SubEventType.Contains("territory", StringComparison.Ordinal));
}
