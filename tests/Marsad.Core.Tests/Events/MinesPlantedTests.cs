namespace Marsad.Core.Tests.Events;

/// <summary>Mines planted are a threat laid, not a blast; a mine that blew up is one.</summary>
public class MinesPlantedTests
{
    [Theory]
    [InlineData("وأوضحت المصادر أن مسلحي تنظيم داعش شرعوا بزراعة الألغام داخل مدينة الرقة.")]
    [InlineData("وزرع تنظيم داعش آلاف الألغام في مدينة الرقة.")]
    [InlineData("وأشار إلى أن الألغام التي زرعها تنظيم داعش في معظم الطرق تحد من سرعة القوات في مدينة الرقة.")]   // planted, after them
    public void Mines_planted_are_no_blast(string text) =>
        Assert.DoesNotContain(TestPipeline.Extract(text, "2018-04-26").Events, e => e.SubEventType == "Remote explosive/landmine/IED");

    [Fact]
    public void The_dead_of_a_mine_told_as_planted_are_a_blast() =>
        Assert.Contains(TestPipeline.Extract("قتل ثلاثة مدنيين في مدينة الرقة أمس بأحد الألغام التي زرعها تنظيم داعش.", "2018-04-26").Events,
            e => e.SubEventType == "Remote explosive/landmine/IED");

    [Fact]
    public void A_planted_mine_that_blew_up_is_a_blast() =>
        Assert.Contains(TestPipeline.Extract("وقتل طفلان بانفجار لغم زرعه تنظيم داعش في مدينة الرقة أمس.", "2018-04-26").Events,
            e => e.SubEventType == "Remote explosive/landmine/IED");
}
