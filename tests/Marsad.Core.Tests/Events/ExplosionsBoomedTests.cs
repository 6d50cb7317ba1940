using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "دوت 3 انفجارات بمحيط مدينة الشيخ زويد": explosions that boomed at a place are an attack there, whoever set them
/// off — as explosions that shook it ("هز انفجار") already were. The sound of blasts heard ("سماع دوي انفجارات") is
/// not: an air raid makes it too; nor are blasts that boomed as aircraft flew over.
/// </summary>
public class ExplosionsBoomedTests
{
    [GazetteerFact]
    public void Three_explosions_that_boomed_around_a_town_are_a_bombing_there()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("ميدانياً، دوت 3 انفجارات بمحيط مدينة الشيخ زويد أمس.", "2015-07-23").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
        Assert.Equal("EG", e.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void Explosions_booming_in_a_town_are_one_too()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("ودوت انفجارات قوية في مدينة العريش مساء أمس.", "2015-07-23").Events);
        Assert.Equal("Remote explosive/landmine/IED", e.SubEventType);
    }

    [GazetteerFact]
    public void The_sound_of_explosions_heard_tells_no_bombing()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتحدثت وسائل إعلام رسمية مساء أمس عن سماع دوي انفجارات قرب مطار حماة العسكري دون ذكر أي تفاصيل أخرى.", "2018-05-18").Events);
    }

    [GazetteerFact]
    public void Blasts_that_boomed_as_aircraft_flew_over_are_no_bombing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وفي صنعاء، قالت مصادر محلية إن انفجارات دوت في جنوب العاصمة، بالتزامن مع تحليق مكثف لطيران التحالف الذي تقوده المملكة.", "2015-07-24").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
