using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The act an arrest names as its charge ("لتورطهم في واقعة اغتيال", "لضلوعه في") happened before, at no day the report
/// gives: the arrest is the report's act, the charge is no attack of its own.
/// </summary>
public class ChargeOfTheArrestTests
{
    [GazetteerFact]
    public void The_killing_the_arrested_are_charged_with_is_no_attack()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وأعلنت وزارة الداخلية المصرية أمس القبض على أربعة عناصر في مدينة أسيوط لتورطهم في واقعة اغتيال ضابط شرطة.",
            "2015-07-22");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Attack");
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests");
    }
}
