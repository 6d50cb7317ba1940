namespace Marsad.Core.Tests.Events;

// A state's authorities arresting with no place told arrest at home: at its capital, as ACLED places a national act.
public class ArrestAtHomeTests
{
    [Fact]
    public void An_arrest_with_no_place_is_at_the_arresting_state_s_capital()
    {
        var doc = TestPipeline.Extract("أعلنت السلطات السعودية، السبت، اعتقال 14 إيرانيا دخلوا البلاد بجوازات سفر مزورة.", "2018-09-09");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("Riyadh", e.Location?.Place?.Name);
        Assert.Equal(3, e.Location!.GeoPrecision);
    }

    [Fact]
    public void An_arrest_in_a_digest_about_another_country_is_still_at_home()
    {
        // (no one named as arrested ties the arrest to the article's place: "14 إيرانيا" is no actor)
        var doc = TestPipeline.Extract("وتواصلت الاشتباكات في مدينة حلب أمس.\nأعلنت السلطات السعودية، السبت، اعتقال 14 إيرانيا.", "2018-09-09");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("Riyadh", e.Location?.Place?.Name);
    }

    [Fact]
    public void A_place_the_sentence_names_wins()
    {
        var doc = TestPipeline.Extract("أعلنت السلطات السعودية، السبت، اعتقال 14 إيرانيا في مدينة حلب.", "2018-09-09");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Riyadh");
    }
}
