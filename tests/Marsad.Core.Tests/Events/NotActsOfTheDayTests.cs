using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Words of acts that tell of none that day: mines planted, an agreement broken, a unit named for its work, a month's
/// count — each beside the act it is not, which still gives its event.
/// </summary>
public class NotActsOfTheDayTests
{
    private static IReadOnlyList<Marsad.Core.Events.ExtractedEvent> Events(string text) =>
        TestPipeline.ExtractWithRealGazetteer(text, "2015-07-31").Events;

    [GazetteerTheory]
    [InlineData("شرعت ميليشيا الحوثيين في زرع حقول للألغام بشكل عشوائي على طول الطريق المؤدي إلى محافظة لحج.")]
    [InlineData("ويندرج الهجوم في إطار أحداث العنف الأخيرة التي أطاحت باتفاق السلام بين الدولة التركية وحزب العمال الكردستاني في أضنة.")]
    [InlineData("وأضاف أن السوداني يترأس وحدة التفجيرات والهجمات الانتحارية في ولاية باكتيكا.")]
    [InlineData("ألقى الطيران السوري 2041 قنبلة برميلية على المدن السورية خلال يوليو بحسب الشبكة السورية لحقوق الإنسان في إدلب.")]
    [InlineData("وذكرت الوزيرة أن الحوثيين يستولون على 60 مليون دولار شهريا من جمارك وخدمات ميناء الحديدة.")]   // money, no ground
    [InlineData("قدمت قوات التحالف العربي أسلحة للمقاومة الشعبية في عدن بينها عربات وكاسحة ألغام.")]          // a minesweeper
    [InlineData("كما طالب مئات المتظاهرين الأردنيين في مسيرة نظمتها الحركة الإسلامية في عمان بطرد السفير.")]     // a march, no drone
    [InlineData("الجيش النيجيري يحرر 178 شخصا كانوا محتجزين لدى بوكو حرام قرب مدينة مايدوغوري.")]              // a rescue, no ground
    [InlineData("ذكرت شبكة بي بي سي أن نادي ليفربول الانكليزي توصل الى اتفاق مع مواطنه استون فيلا لضم مهاجم الاخير ومنتخب بلجيكا لكرة القدم.")]  // a football deal
    public void No_event(string text) => Assert.Empty(Events(text));

    [GazetteerFact]
    public void Ground_seized_is_taken() =>
        Assert.Contains(Events("استولى الحوثيون على مدينة الحديدة أمس."), e => e.SubEventType == "Non-state actor overtakes territory");

    [GazetteerFact]
    public void A_planted_mine_that_blew_up_is_an_explosion() =>
        Assert.Contains(Events("قتل جنديان في انفجار لغم زرعه مسلحون على طريق في محافظة لحج أمس."), e => e.SubEventType == "Remote explosive/landmine/IED");

    [GazetteerTheory]
    [InlineData("ألقى الطيران السوري قنابل برميلية على مدينة إدلب خلال يوم الخميس.")]
    [InlineData("شن الطيران الأمريكي غارة جوية على مواقع لداعش في مدينة الجفرة خلال الشهر الجاري.")]   // one strike that month
    public void Strikes_not_counted_over_a_month_are_no_tally(string text) =>
        Assert.Contains(Events(text), e => e.SubEventType == "Air/drone strike");

    [GazetteerFact]
    public void An_agreement_in_a_sentence_of_war_stands() =>
        Assert.Contains(Events("توصل الجيش السوري السبت إلى اتفاق مع مسلحي تنظيم داعش في مخيم اليرموك جنوبي دمشق يقضي بخروجهم."),
            e => e.SubEventType == "Agreement");
}
