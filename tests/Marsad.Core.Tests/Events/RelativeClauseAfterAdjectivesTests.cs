namespace Marsad.Core.Tests.Events;

/// <summary>"القصف الجوي والصاروخي الذي تشنه القوات السورية على درعا": the relative clause on the trigger names its agent after an adjective joined by و too.</summary>
public class RelativeClauseAfterAdjectivesTests
{
    [Fact]
    public void The_agent_of_a_relative_clause_after_joined_adjectives()
    {
        var doc = TestPipeline.Extract("بلغت حصيلة القصف الجوي والصاروخي الذي تشنه القوات الروسية على مدينة حلب أمس 60 مدنيا.", "2018-07-01");
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e => Assert.Equal("Military Forces of Russia", e.Actor1?.PlainName));
    }
}
