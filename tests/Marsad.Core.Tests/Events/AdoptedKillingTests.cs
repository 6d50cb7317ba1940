using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وتبنت الحركة الانفصالية الكردية الأربعاء قتل شرطيين في مدينة جيلان بينار": a killing of forces an armed group adopted
/// is its clash with them (the day between the group and the act no word of the clause); "الحركة الانفصالية الكردية" is
/// the PKK.
/// </summary>
public class AdoptedKillingTests
{
    [GazetteerFact]
    public void A_killing_of_police_a_group_adopted_is_its_clash_with_them()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتبنت الحركة الانفصالية الكردية الأربعاء قتل شرطيين في مدينة جيلان بينار على الحدود مع سوريا.", "2015-07-23").Events);
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal("Kurdistan Workers' Party", e.Actor1?.PlainName);
        Assert.StartsWith("Police Forces of Turkey", e.Actor2?.PlainName);
        Assert.Equal("TR", e.Location?.Place?.CountryCode);
    }

    [GazetteerFact]
    public void A_group_adopting_an_attack_on_civilians_does_not_make_it_a_clash()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وتبنى تنظيم داعش قتل مدنيين في مدينة جيلان بينار.", "2015-07-23").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Armed clash");
    }
}
