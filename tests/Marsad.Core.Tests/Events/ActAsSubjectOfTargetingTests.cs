using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حيث استهدف القصف عناصر من الحرس الثوري": with the verb of targeting before the act, the act is its subject and the
/// side after it — or its men — its object, hit, never the act's agent. A weapon without its article ("استهدفت مدفعية
/// القوات السعودية مواقع الحوثيين") still names whose it is.
/// </summary>
public class ActAsSubjectOfTargetingTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-04-16");

    [GazetteerFact]
    public void The_men_the_strike_targeted_did_not_strike() =>
        Assert.DoesNotContain(Extract("وقال ضابط إن الطيران الإسرائيلي قصف مطار التيفور، حيث استهدف القصف عناصر من الحرس الثوري الإيراني.").Events,
            e => e.Actor1?.Name.StartsWith("Military Forces of Iran", StringComparison.Ordinal) == true);

    [GazetteerFact]
    public void Artillery_of_a_force_is_that_forces() =>
        Assert.Contains(Extract("كما استهدفت مدفعية القوات المسلحة السعودية مواقع الحوثيين قرب ظهران الجنوب.").Events,
            e => e.Actor1?.Name.StartsWith("Military Forces of Saudi Arabia", StringComparison.Ordinal) == true && e.Actor2?.Name == "Houthi Movement");
}
