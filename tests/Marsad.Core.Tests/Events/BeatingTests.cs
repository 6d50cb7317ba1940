using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تعرض عمال سوريون للضرب على أيدي شبان غاضبين": "للضرب", "بالضرب" — the verbal noun after its preposition — is a
/// beating, an attack on the people beaten; it is never a strike ("ضرب" the verb of striking).
/// </summary>
public class BeatingTests
{
    [GazetteerFact]
    public void Beaten_is_an_attack_not_a_strike()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("تعرض عمال سوريون للضرب على أيدي شبان غاضبين حطموا محالهم في مدينة زحلة بالبقاع.", "2018-06-02").Events;
        Assert.DoesNotContain(events, e => e.EventType == "Explosions/Remote violence");
        Assert.Contains(events, e => e is { SubEventType: "Attack", Actor2.Name: "Civilians (Syria)" });
    }
}
