using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وعشماوي كان يرتدي حزاما ناسفا ولم يستطع تفجيره": a suicide belt worn, carried or made is a weapon, no suicide
/// bombing; one set off is told by its own verb ("فجر نفسه"), and an attack with one ("هجوم بحزام ناسف") is a bombing.
/// </summary>
public class BeltWornNotSetOffTests
{
    [GazetteerFact]
    public void A_belt_worn_is_no_bombing() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "وقال المسماري إن عشماوي كان يرتدي حزاما ناسفا ولم يستطع تفجيره، وتم القبض عليه في درنة.", "2018-10-08").Events,
            e => e.SubEventType == "Suicide bomb");

    [GazetteerFact]
    public void Belts_made_are_no_bombing() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
            "القبض على 431 إرهابيا صنعوا أحزمة ناسفة في الرياض.", "2015-07-19").Events,
            e => e.SubEventType == "Suicide bomb");

    [GazetteerFact]
    public void An_attack_with_a_belt_is_a_bombing() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قتل خمسة أشخاص في هجوم بحزام ناسف على مسجد في كابول.", "2018-08-25").Events,
            e => e.SubEventType == "Suicide bomb");
}
