namespace Marsad.Core.Tests.Events;

/// <summary>Explosions that shook a place ("انفجارات مجهولة تهز مطار حماة العسكري") are an attack there by whoever set them off.</summary>
public class ExplosionsShookTests
{
    [Fact]
    public void Explosions_that_shook_a_place_are_an_unidentified_attack_there()
    {
        var doc = TestPipeline.Extract("وقال ناشطون إن انفجارات قوية هزت مقرا عسكريا في مدينة حلب فجر اليوم.", "2018-05-21");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.StartsWith("Unidentified Armed Group", e.Actor1?.Name);
    }

    [Fact]
    public void Explosions_heard_are_not_shaking()
    {
        var doc = TestPipeline.Extract("وقال ناشطون إنهم سمعوا انفجارات في محيط مدينة حلب فجر اليوم.", "2018-05-21");
        Assert.Empty(doc.Events);
    }
}
