namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أوقفت قوى الأمن التونسية شخصين متورطين بهجوم جرى إحباطه في ألمانيا": "قوى الأمن" detaining is an arrest; the country
/// named after the other act's trigger is that act's — with no place of its own, the arrest is at the arresting state's
/// capital.
/// </summary>
public class ArrestWithAnotherActsPlaceTests
{
    [Fact]
    public void An_arrest_is_not_placed_at_the_other_act_s_country()
    {
        var doc = TestPipeline.Extract("أوقفت قوى الأمن السعودية أمس شخصين متورطين بهجوم جرى إحباطه في ليبيا.", "2018-08-03");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("Riyadh", arrest.Location?.Place?.Name);
    }
}
