using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أسفر هجوم على قرية … عن مقتل 15 شخصا": the dead a new attack left, counted as people with no side named for them,
/// are civilians it hit — by an unidentified group when no one is named for it. Soldiers named, or an attack retold
/// ("وأسفر الهجوم عن …"), are not.
/// </summary>
public class UnnamedDeadOfAnAttackTests
{
    private static List<Marsad.Core.Events.ExtractedEvent> Events(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2015-07-26").Events.ToList();

    [GazetteerTheory]
    [InlineData("أسفر هجوم على قرية قرب مدينة مايدوغوري عن مقتل 15 شخصا الخميس.")]
    [InlineData("أسفر هجوم جديد نفذته فتاة، عن سقوط 20 قتيلا مساء السبت، في مدينة مروة أقصى شمال الكاميرون.")]
    public void The_unnamed_dead_of_an_attack_are_civilians(string text)
    {
        var attack = Assert.Single(Events(text), e => e.SubEventType == "Attack");
        Assert.StartsWith("Civilians", attack.Actor2?.Name);
        Assert.StartsWith("Unidentified Armed Group", attack.Actor1?.Name);
    }

    [GazetteerFact]
    public void Soldiers_named_are_no_civilians() =>
        Assert.DoesNotContain(Events("أسفر هجوم على موقع للجيش النيجيري قرب مدينة مايدوغوري عن مقتل 15 جنديا الخميس."), e => e.SubEventType == "Attack");
}
