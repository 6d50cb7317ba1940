using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "«اضرب بنا هامة الإرهاب»": written without its hamza the verb of going on strike is also the imperative "strike!" of a
/// poem or a pledge; workers who strike stop work, and the clause says from what ("أضرب العمال عن العمل").
/// </summary>
public class StrikeTheImperativeTests
{
    [GazetteerFact]
    public void A_pledge_to_strike_terror_is_no_labour_strike()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("ونقولها له بصوت واحد: «اضرب بنا هامة الإرهاب ولم ولن نهابهم» في أبها.", "2015-08-10").Events;
        Assert.DoesNotContain(events, e => e.EventType == AcledTaxonomy.Protests);
    }

    [GazetteerFact]
    public void Workers_who_stopped_work_went_on_strike()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ففي ميناء بندر عباس، أضرب عمال بناء السفن عن العمل احتجاجا على عدم دفع أجورهم.", "2018-06-06").Events);
        Assert.Equal("Peaceful protest", e.SubEventType);
    }
}
