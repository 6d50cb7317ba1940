using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأعلن الجيش المصري عن مقتل ثمانية عناصر تكفيرية … إثر قصف جوي لمروحيات الأباتشي": militants counted dead before a
/// strike no side is named for, in an armed state force's statement, died by the force's own strike — the militants are
/// the side hit, not the striker.
/// </summary>
public class StruckByTheAnnouncerTests
{
    [GazetteerFact]
    public void The_army_struck_the_militants_its_statement_counts_dead()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأعلن الجيش المصري عن مقتل ثمانية عناصر تكفيرية وإصابة عدد آخر، إثر قصف جوي لمروحيات الأباتشي في جنوب الشيخ زويد بشمال سيناء، أمس.",
            "2015-08-06").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.StartsWith("Military Forces of Egypt", e.Actor1!.Name);
        Assert.StartsWith("Unidentified Armed Group", e.Actor2!.Name);
    }
}
