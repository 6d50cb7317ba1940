using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات": sides listed with a comma before each و are one side, the first
/// named leading it — as without the commas. The comma-و after "بين" still opens the second side, and one that opens
/// a clause of its own joins no list.
/// </summary>
public class ListWrittenWithCommasTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-04-17");

    [GazetteerFact]
    public void The_first_of_the_list_leads_it()
    {
        var strike = Assert.Single(Extract("شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات على منشآت عسكرية في دمشق.").Events);
        Assert.StartsWith("Military Forces of the United States", strike.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_government_and_the_resistance_beside_it_are_the_government_first()
    {
        var advance = Extract("أحرز الجيش اليمني، والمقاومة، بإسناد من التحالف العربي لدعم الشرعية في اليمن، تقدما نوعيا في جبهة صعدة، في ظل الخسائر التي منيت بها ميليشيات الحوثي في كامل الجبهات.").Events;
        Assert.Contains(advance, e => e.Actor1?.Name.StartsWith("Military Forces of Yemen", StringComparison.Ordinal) == true);
    }

    [GazetteerFact]
    public void Between_keeps_its_two_sides() =>
        Assert.All(Extract("وتصاعد القتال بين قوات النظام المدعومة بمليشيات من حزب الله اللبناني وإيران، ومسلحي تنظيم داعش في حي الحجر الأسود.").Events,
            e => Assert.Equal("Islamic State", e.Actor2?.Name));
}
