using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "12 مدنيا على الأقل من عائلة واحدة بينهم 4 أطفال قتلوا": "one" after a noun is that noun's adjective — one family —
/// no count of the dead, and "at least" after the figure's noun keeps the figure in reach of the verb of killing.
/// </summary>
public class OneFamilyTests
{
    [GazetteerFact]
    public void One_family_is_no_count_of_the_dead()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأورد المرصد السوري لحقوق الإنسان، السبت، أن 12 مدنيا على الأقل من عائلة واحدة بينهم 4 أطفال قتلوا في غارة جوية للتحالف الدولي استهدفت قرية هداج في ريف الحسكة.",
            "2018-06-02").Events);
        Assert.Equal(12, e.Fatalities);
    }

    [GazetteerFact]
    public void At_least_keeps_the_figure_in_reach() =>
        Assert.Equal(12, Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأورد المرصد أن 12 مدنيا على الأقل من عائلة واحدة قتلوا في غارة جوية للتحالف الدولي استهدفت قرية هداج في ريف الحسكة.", "2018-06-02").Events).Fatalities);
}
