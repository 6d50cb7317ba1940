using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "واستنكر اللواء ملائكة الفعل الإجرامي الذي وقع في مسجد طوارئ عسير": a criminal act a relative clause tells was done in
/// a mosque is the bombing there, though no dead, wounded or side is named in its sentence.
/// </summary>
public class CriminalActDoneInAMosqueTests
{
    [GazetteerFact]
    public void The_criminal_act_that_took_place_in_the_Asir_mosque_is_a_bombing()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "واستنكر اللواء ملائكة الفعل الإجرامي الذي وقع في مسجد طوارئ عسير، يؤكد ضلال هذه الفئة.", "2015-08-08").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("Asir", e.Location?.Place?.Name);
    }
}
