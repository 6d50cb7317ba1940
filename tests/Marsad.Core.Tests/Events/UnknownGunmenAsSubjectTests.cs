using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل مسلحون مجهولون مواطنا": unknown gunmen right after the verb are its subject, and the accusative singular after
/// them whom they killed — the words for unknown gunmen are an actor, not a cue that the next name acts ("على يد").
/// </summary>
public class UnknownGunmenAsSubjectTests
{
    [GazetteerTheory]
    [InlineData("قتل مسلحون مجهولون مواطنا في مدينة درعا جنوبي سوريا أمس الأحد.")]
    [InlineData("وقتل مسلحون مجهولون شابا في مدينة درعا.")]
    public void The_gunmen_killed_the_civilian_after_them(string text)
    {
        var attack = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-05-07").Events);
        Assert.Equal("Attack", attack.SubEventType);
        Assert.Equal("Unidentified Armed Group (Syria)", attack.Actor1!.Name);
        Assert.Equal("Civilians (Syria)", attack.Actor2!.Name);
        Assert.Equal(1, attack.Fatalities);
    }
}
