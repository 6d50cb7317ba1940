using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وتوجه أحزمتهم الناسفة ومتفجراتهم صوب أبناء المسلمين، يقتلون الأطفال": their weapons, governed by a verb of the
/// present, in a sentence with no place and no date, are a habit an opinion speaks of — no bombing of a day. A sentence
/// that places it stays an act.
/// </summary>
public class TheirWeaponsInGeneralTests
{
    private const string Opinion =
        "أي عدو نقاتل، نداءاتهم القتل لليهود والكفار وتوجه أحزمتهم الناسفة ومتفجراتهم صوب أبناء المسلمين، يقتلون الأطفال والنساء والأبرياء. ";

    [GazetteerFact]
    public void Their_belts_in_an_opinions_present_are_no_bombing()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            Opinion + "انظروا الى الإسلام على حقيقته في بيت الله الحرام في مكة المكرمة.", "2015-07-26").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Suicide bomb");
    }
}
