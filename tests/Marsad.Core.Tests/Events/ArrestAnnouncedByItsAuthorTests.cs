using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلنت قوات سوريا الديمقراطية عن اعتقالها لجهادي فرنسي": a noun of arrest with a pronoun is the detention as such
/// ("بعد اعتقاله") unless لـ brings whom it took — then the pronoun is the arrester and the arrest an act told here (not a
/// span of time after لـ: "بعد اعتقالها لعدة أيام").
/// </summary>
public class ArrestAnnouncedByItsAuthorTests
{
    [Fact]
    public void An_arrest_with_its_object_after_la_is_the_announcer_s_act()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "أعلنت قوات سوريا الديمقراطية عن اعتقالها لجهادي فرنسي بارز في تنظيم الدولة الإسلامية في مدينة حلب.", "2018-05-24").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal("Syrian Democratic Forces", e.Actor1!.Name);
    }

    [Fact]
    public void A_span_of_time_after_la_is_the_detention_as_such() =>
        Assert.DoesNotContain(TestPipeline.Extract("أفرجت السلطات السورية عن الناشطة في مدينة حلب بعد اعتقالها لعدة أيام.", "2018-05-24").Events,
            e => e.SubEventType == "Arrests");
}
