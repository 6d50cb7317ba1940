using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وأوضح المنذر الخرطوش": a word of a person's name ("الخرطوش", birdshot) is no act; "إن سفينة تحمل مشتقات نفطية
/// تمكنت من دخول ميناء الحديدة": a ship that got into a port takes no ground; "هذه المقاتلة مصممة لعمليات القتال الجوي":
/// what a jet is designed for is no fight.
/// </summary>
public class NamesShipsAndDesignsTests
{
    [GazetteerFact]
    public void A_surname_that_names_a_weapon_is_no_riot()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأوضح المنذر الخرطوش، الإثنين، أن القوات المسلحة بسطت سيطرتها على شارع المغار في درنة.", "2018-06-25").Events);
        Assert.Equal("Government regains territory", e.SubEventType);
    }

    [GazetteerFact]
    public void A_ship_that_got_into_a_port_takes_no_ground() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "قال تحالف دعم الشرعية في اليمن، إن سفينة تحمل مشتقات نفطية تمكنت من دخول ميناء الحديدة، الأحد، بعدما تعمدت ميلشيات الحوثي تعطيلها لأكثر من شهرين.", "2018-07-01").Events);

    [GazetteerFact]
    public void What_a_jet_is_designed_for_is_no_fight() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وبين المسؤول أن المقاتلات الروسية أرسلت إلى قاعدة حميميم، لافتا إلى أن هذه المقاتلة مصممة لعمليات القتال الجوي.", "2018-02-24").Events);
}
