using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أحرق مستوطنون الطفل الفلسطيني في منزله": the verb of setting fire with a group of settlers (or an armed or identity
/// group) its subject and people its object is that group's attack on them — not a riot, which needs a crowd, and not
/// the same verb with protesters burning tyres.
/// </summary>
public class SetAlightByAGroupTests
{
    [GazetteerFact]
    public void Settlers_who_set_a_child_alight_attacked_him()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أحرق مستوطنون الطفل الفلسطيني علي دوابشة في منزله في قرية دوما قرب نابلس.", "2015-08-06").Events);
        Assert.Equal(AcledTaxonomy.ViolenceAgainstCivilians, e.EventType);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Settlers (Israel)", e.Actor1?.Name);
        Assert.Equal(7, e.Actor2?.Inter);
    }

    [GazetteerFact]
    public void Protesters_burning_tyres_attack_no_one()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("أحرق المتظاهرون إطارات السيارات في شوارع نابلس.", "2015-08-06").Events;
        Assert.DoesNotContain(events, e => e.EventType == AcledTaxonomy.ViolenceAgainstCivilians);
    }
}
