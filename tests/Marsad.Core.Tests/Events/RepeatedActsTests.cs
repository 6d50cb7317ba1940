namespace Marsad.Core.Tests.Events;

/// <summary>"بشن هجمات متكررة على الحدود": acts called repeated are a side's conduct summed up, no one event.</summary>
public class RepeatedActsTests
{
    [Fact]
    public void Repeated_attacks_are_no_clash() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "قتل أربعة مدنيين أمس في قصف هندي على قرية في إقليم البنجاب الباكستاني.\n"
                + "وأكد البيان أن الهند انتهكت اتفاقية وقف إطلاق النار الموقعة مع باكستان بشن هجمات متكررة على الحدود الباكستانية.", "2015-08-07").Events,
            e => e.EventType == "Battles");

    [Fact]
    public void Attacks_with_a_day_are_still_an_event() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وشنت القوات الهندية أمس هجمات على مواقع الجيش الباكستاني قرب الحدود في إقليم البنجاب.", "2015-08-07").Events,
            e => e.EventType == "Battles");
}
