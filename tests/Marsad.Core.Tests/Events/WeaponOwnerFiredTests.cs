using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقصفت مدفعية المقاومة الوطنية تحركات الميليشيات": a weapon noun as the verb's subject with its owner named right
/// after it is the owner's fire — one event, not the country's army beside the owner.
/// </summary>
public class WeaponOwnerFiredTests
{
    [GazetteerFact]
    public void The_owner_of_the_artillery_shelled()
    {
        var shelling = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وقصفت مدفعية المقاومة الوطنية تحركات لفلول الميليشيات المتمردة جنوب غربي مديرية بيت الفقيه، مما أدى إلى سقوط قتلى وجرحى من الحوثيين.",
            "2018-10-17").Events);
        Assert.Equal("Shelling/artillery/missile attack", shelling.SubEventType);
        Assert.Equal("National Resistance Forces", shelling.Actor1!.Name);
        Assert.Equal("Houthi Movement", shelling.Actor2!.Name);
    }
}
