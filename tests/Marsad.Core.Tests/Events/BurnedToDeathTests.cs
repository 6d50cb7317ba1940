using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مقتل طفل حرقا … على يد مستوطنين", "أحرقوا شابين حتى الموت حرقا": civilians burned to death are the victims of an attack, the side
/// named right before them (a verb or a count between at most) its doer — not a side a clause further back.
/// </summary>
public class BurnedToDeathTests
{
    [GazetteerFact]
    public void Settlers_who_burned_a_child_to_death_attacked_a_civilian()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأدى هجوم الجمعة في قرية قرب نابلس إلى مقتل طفل فلسطيني حرقا داخل منزل ذويه على يد مستوطنين.", "2015-08-02").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Settlers (Israel)", e.Actor1?.Name);
        Assert.Equal("Civilians (Palestine)", e.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_militia_that_burned_youths_to_death_is_the_attacker()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقالت مصادر محلية إن مسلحين أحرقوا شابين حتى الموت حرقا في بلدة المقدادية بمحافظة ديالى أمس.", "2015-07-22").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal(7, e.Actor2?.Inter);
        Assert.Equal("IQ", e.Location?.Place?.CountryCode);
    }
}
