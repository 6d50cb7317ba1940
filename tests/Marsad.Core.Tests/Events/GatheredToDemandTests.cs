using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تجمع المئات في ساحة التحرير للمطالبة بمحاسبة الفاسدين", "تجمع المتظاهرون في ساحة الحبوبي وسط مدينة الناصرية":
/// a crowd gathered to demand or denounce, or a gathering of protesters, is a protest — a crowd of fighters gathered is none.
/// </summary>
public class GatheredToDemandTests
{
    private static List<string> Protests(string text) =>
        TestPipeline.ExtractWithRealGazetteer(text, "2015-08-08").Events.Where(e => e.EventType == "Protests").Select(e => e.Location?.Place?.Name ?? "").ToList();

    [GazetteerFact]
    public void A_crowd_gathered_to_demand_protests()
    {
        Assert.Single(Protests("تجمع المئات في ساحة التحرير وسط بغداد أمس للمطالبة بمحاسبة الفاسدين."));
        Assert.Single(Protests("تجمع المتظاهرون في ساحة الحبوبي وسط مدينة الناصرية، وطالبوا بمحاسبة الفاسدين وإقالة مدير الكهرباء."));
        Assert.Single(Protests("تجمع العشرات أمام مبنى محافظة البصرة أمس تضامنا مع المعتصمين."));
    }

    [GazetteerFact]
    public void Protesters_gathered_protest() =>
        Assert.Single(Protests("تجمع المتظاهرون في ساحة التحرير وسط بغداد أمس."));

    [GazetteerFact]
    public void Fighters_gathered_do_not() =>
        Assert.Empty(Protests("تجمع العشرات من عناصر الحوثيين في مدينة صعدة أمس."));
}
