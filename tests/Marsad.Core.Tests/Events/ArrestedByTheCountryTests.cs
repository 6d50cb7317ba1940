namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تركيا تعتقل 251 في حملة أمنية": a state named only by its country arresting at home arrests with its police; and
/// "أن 251 شخصا اعتقلوا": people counted right before a plural past verb of arrest are the arrested, not abductors.
/// </summary>
public class ArrestedByTheCountryTests
{
    [Fact]
    public void A_country_arresting_at_home_is_its_police()
    {
        var doc = TestPipeline.Extract("واعتقلت سوريا 25 شخصا في حلب أمس.", "2015-07-24");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("police", arrest.Actor1?.Kind);
    }

    [Fact]
    public void An_army_named_arresting_stays_the_army()
    {
        var doc = TestPipeline.Extract("اعتقل الجيش السوري 25 شخصا في حلب أمس.", "2015-07-24");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("military", arrest.Actor1?.Kind);
    }

    [Fact]
    public void People_counted_before_a_plural_verb_of_arrest_were_arrested()
    {
        var doc = TestPipeline.Extract("وقالت الشرطة السورية إن خمسة أشخاص اعتقلوا في حلب أمس.", "2015-07-24");
        var arrest = Assert.Single(doc.Events);
        Assert.Equal("Arrests", arrest.SubEventType);
        Assert.Equal(7, arrest.Actor2?.Inter);
    }

    [Fact]
    public void People_trapped_are_no_arrest()
    {
        var doc = TestPipeline.Extract("أنقذت فرق الدفاع المدني في حلب 7 أشخاص احتجزوا داخل شقة سكنية إثر نشوب حريق أمس.", "2015-07-24");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType is "Arrests" or "Abduction/forced disappearance");
    }
}
