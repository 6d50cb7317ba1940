namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل الجيش الإسرائيلي ثلاثة فلسطينيين": in verb-subject-object order the people counted by their nationality after the
/// subject are the verb's object — civilians of that country, its victims.
/// </summary>
public class PeopleCountedAfterTheSubjectTests
{
    [Theory]
    [InlineData("قتل الجيش الإسرائيلي ثلاثة فلسطينيين في مدينة حلب الثلاثاء.", 3)]
    [InlineData("قتل الجيش الإسرائيلي فلسطينيين اثنين في مدينة حلب الثلاثاء.", 2)]
    public void People_counted_after_the_killers_are_their_victims(string text, int dead)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events);
        Assert.Equal("Attack", e.SubEventType);
        Assert.Equal("Military Forces of Israel", e.Actor1!.PlainName);
        Assert.Equal("Civilians (Palestine)", e.Actor2?.Name);
        Assert.Equal(dead, e.Fatalities);
    }

    // (after an indefinite noun the nationality is its adjective: the policemen are Turkish, no Turkish civilians died)
    [Fact]
    public void A_nationality_after_an_indefinite_noun_is_its_adjective()
    {
        var doc = TestPipeline.Extract("تبنى الحزب قتل شرطيين تركيين في مدينة حلب الثلاثاء.", "2018-03-10");
        Assert.DoesNotContain(doc.Events, e => e.Actor2?.Name == "Civilians (Turkey)" || e.Actor1?.Name == "Civilians (Turkey)");
    }

    // (a day set off by commas after the subject: the count after it is still the dead)
    [Fact]
    public void The_dead_counted_after_the_subject_and_a_day_are_the_toll()
    {
        var e = Assert.Single(TestPipeline.Extract("قتل الجيش الإسرائيلي، الثلاثاء، ثلاثة فلسطينيين في مدينة حلب.", "2018-03-10").Events);
        Assert.Equal(3, e.Fatalities);
    }
}
