using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "صاروخ باليستي اعترضته الدفاعات الجوية السعودية في طريقه لاستهداف منطقة جازان": the state's forces named right after
/// a verb of stopping the weapon stopped it — their disrupted weapons use, as ACLED codes an interception, never their
/// missile; the side named launching it is the other side. Missiles shown stopped before are no new act.
/// </summary>
public class WeaponStoppedByTheNamedSideTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-08-09");

    [GazetteerFact]
    public void The_interceptor_stopped_the_missile_it_did_not_fire()
    {
        var stopped = Assert.Single(Extract("نشرت السلطات السعودية صورة تظهر آثار شظايا صاروخ باليستي اعترضته الدفاعات الجوية السعودية في طريقه لاستهداف منطقة جازان، وأدى إلى مقتل مقيم يمني.").Events);
        Assert.Equal("Disrupted weapons use", stopped.SubEventType);
        Assert.StartsWith("Military Forces of Saudi Arabia", stopped.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_side_that_launched_it_is_the_other_side()
    {
        var stopped = Assert.Single(Extract("أطلق الحوثيون صاروخا باليستيا على جازان اعترضته الدفاعات الجوية السعودية.").Events);
        Assert.Equal("Disrupted weapons use", stopped.SubEventType);
        Assert.StartsWith("Military Forces of Saudi Arabia", stopped.Actor1?.Name);
        Assert.Equal("Houthi Movement", stopped.Actor2?.Name);
    }

    [GazetteerFact]
    public void Remains_of_missiles_stopped_before_are_no_act() =>
        Assert.Empty(Extract("وكان التحالف عرض، الاثنين، بقايا الصواريخ التي اعترضتها قوات الدفاع الجوي السعودي في جازان.").Events);
}
