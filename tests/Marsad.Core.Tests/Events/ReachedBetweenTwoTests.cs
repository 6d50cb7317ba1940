using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "توصلت إسرائيل وحركة حماس إلى اتفاق لوقف إطلاق النار", "اتفقت إسرائيل وحركة حماس على وقف إطلاق النار": the two
/// sides joined by و after a verb of reaching or agreeing made the agreement; two states agreeing is diplomacy.
/// </summary>
public class ReachedBetweenTwoTests
{
    [GazetteerTheory]
    [InlineData("توصلت إسرائيل وحركة حماس إلى اتفاق لوقف إطلاق النار في قطاع غزة.")]
    [InlineData("اتفقت إسرائيل وحركة حماس على وقف إطلاق النار في قطاع غزة.")]
    public void The_two_sides_after_the_verb_made_the_agreement(string text)
    {
        var deal = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-07-21").Events);
        Assert.Equal("Agreement", deal.SubEventType);
        Assert.Equal(new[] { "Hamas Movement", "Military Forces of Israel (2009-2021)" }, new[] { deal.Actor1!.Name, deal.Actor2!.Name }.Order());
    }

    [GazetteerFact]
    public void Two_states_agreeing_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("اتفقت روسيا وتركيا على وقف إطلاق النار في محافظة إدلب.", "2018-09-18").Events);
}
