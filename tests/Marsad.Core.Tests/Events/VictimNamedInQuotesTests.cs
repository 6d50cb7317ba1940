using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الطفل الرضيع «علي سعد الدوابشة» الذي أحرقه المستوطنون", "الطفل علي دوابشة (18 شهرا) قتل حرقا": a name or an age set off
/// in quotes or brackets between the victim and how he died is about him — the victim is still the one named right before.
/// </summary>
public class VictimNamedInQuotesTests
{
    [GazetteerFact]
    public void A_quoted_name_between_the_infant_and_the_burning_keeps_him_the_victim()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وجه الطفل الفلسطيني الرضيع «علي سعد الدوابشة» الذي أحرقه المستوطنون الإسرائيليون داخل بيته في قرية دوما قرب نابلس.", "2015-08-06").Events);
        Assert.Equal(AcledTaxonomy.ViolenceAgainstCivilians, e.EventType);
        Assert.Equal("Settlers (Israel)", e.Actor1?.Name);
        Assert.Equal(7, e.Actor2?.Inter);
    }

    [GazetteerFact]
    public void A_long_clause_between_is_still_too_far()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وجه الطفل الفلسطيني الرضيع الذي زار مع عائلته قبل أسابيع منزل جده في القرية التي أحرقها المستوطنون قرب نابلس.", "2015-08-06").Events;
        Assert.DoesNotContain(events, e => e.EventType == AcledTaxonomy.ViolenceAgainstCivilians && e.Actor2?.Inter == 7);
    }
}
