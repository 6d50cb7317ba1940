using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تمكنت قواته من القضاء على 3 تكفيريين": militants eliminated are killed in a clash, by "its forces", the force the
/// statement named; but "إحالته إلى القضاء على خلفية" is the judiciary.
/// </summary>
public class EliminatedTests
{
    [Fact]
    public void Militants_eliminated_by_its_forces_died_in_a_clash()
    {
        var doc = TestPipeline.Extract(
            "وذكر بيان للجيش السوري أن قواته تمكنت من القضاء على 3 تكفيريين في مدينة حلب.", "2018-07-03");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.Equal(3, e.Fatalities);
    }

    [GazetteerFact]
    public void One_militant_a_forces_statement_says_killed_died_in_a_clash_with_it()
    {
        // (the singular counts one: "مقتل عنصر إرهابي"; one of its own, "مقتل عنصر من قواته", is no clash)
        var doc = TestPipeline.ExtractWithRealGazetteer("أعلنت وزارة الداخلية التونسية أمس عن مقتل عنصر إرهابي في عملية أمنية في مدينة سجنان.", "2015-07-25");
        var e = Assert.Single(doc.Events);
        Assert.Equal(("Armed clash", 1), (e.SubEventType, e.Fatalities));
        Assert.StartsWith("Police Forces of Tunisia", e.Actor1!.Name);
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("أعلن الجيش التونسي مقتل عنصر من قواته في مدينة سجنان أمس.", "2015-07-25").Events);
    }

    [Fact]
    public void A_case_sent_to_the_judiciary_is_no_clash() =>
        Assert.Empty(TestPipeline.Extract("وأحيل الضابط إلى القضاء على خلفية الاشتباه بالفساد في مدينة حلب.", "2018-07-03").Events);

    [GazetteerFact]
    public void Soldiers_named_by_rank_in_the_army_s_own_statement_are_its_own_dead()
    {
        // (the article's place abroad would give the bare ranks another country's army, and make them the dead side)
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وفي مدينة بنغازي اعتقلت قوات الأمن ثلاثة أشخاص.\n" +
            "كشف الجيش المصري نتائج البيان رقم 28 للعملية الشاملة \"سيناء 2018\"، معلنا مقتل \"52 تكفيريا\" و\"استشهاد ضابط وجندي\".", "2018-10-08");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.Equal("Military Forces of Egypt", e.Actor1?.PlainName);
        Assert.Equal("EG", e.Location?.Place?.CountryCode);
    }
}
