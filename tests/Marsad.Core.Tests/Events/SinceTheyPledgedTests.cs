using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "منذ أن أعلنت مبايعتها لتنظيم داعش": what a clause of "since" tells began the span the news falls in — no act of the
/// day; the act the sentence then tells is ("وفي هجوم وقع يوم الجمعة الماضي فجرت فتاة … نفسها في داماتورو"). A clause of
/// "since" with its own date tells a dated act ("منذ أن استعادت القوات … السيطرة عليها في منتصف يوليو").
/// </summary>
public class SinceTheyPledgedTests
{
    [GazetteerFact]
    public void The_pledge_since_which_is_background()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ويزداد تجنيد بوكو حرام لليافعين كمفجرين انتحاريين منذ أن أعلنت مبايعتها لتنظيم داعش، وفي هجوم وقع يوم الجمعة الماضي فجرت فتاة في العاشرة من عمرها نفسها في داماتورو مما أسفر عن مقتل تسعة أشخاص.",
            "2015-07-24").Events);
        Assert.Equal(("Suicide bomb", new DateOnly(2015, 7, 17)), (e.SubEventType, e.Date.Date));
    }

    [GazetteerFact]
    public void A_dated_act_since_which_is_told()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وتمت الإشارة مرارا إلى وجود جنود من دول التحالف العربي في عدن منذ أن استعادت القوات الموالية للرئيس هادي السيطرة عليها في منتصف يوليو.",
            "2015-08-03").Events);
        Assert.Contains("territory", e.SubEventType);
    }
}
