namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قوات الشرعية وبإسناد ودعم كبيرين من قوات التحالف العربي سيطرت على الطريق": the backer after a support noun, its
/// partner and an adjective, is an associate, not the agent — unless a clause of its own follows it ("بغطاء جوي من
/// التحالف، الذي يقصف مواقع الحوثيين": the coalition shells).
/// </summary>
public class BackedAfterItsNounsTests
{
    [Fact]
    public void A_backer_after_support_nouns_is_no_agent()
    {
        var doc = TestPipeline.Extract("وقالت مصادر عسكرية إن القوات السورية وبإسناد ودعم كبيرين من القوات الروسية سيطرت أمس على مدينة حلب.", "2018-05-19");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Military Forces of Syria", e.Actor1?.PlainName);
    }

    [Fact]
    public void A_backer_that_acts_in_a_clause_of_its_own_is_that_clause_s_agent()
    {
        var doc = TestPipeline.Extract("وتتقدم القوات السورية أمس نحو مدينة حلب بغطاء جوي من القوات الروسية، التي تقصف مواقع تنظيم داعش في المدينة.", "2018-06-13");
        Assert.Contains(doc.Events, e => e.SubEventType is "Air/drone strike" or "Shelling/artillery/missile attack" && e.Actor1?.PlainName == "Military Forces of Russia");
    }
}
