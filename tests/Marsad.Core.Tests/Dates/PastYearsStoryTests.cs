using Marsad.Core.Dates;
using Marsad.Core.Tests.Events;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Dates;

/// <summary>
/// Days with no year after a day of a past year are of that year's story, until the text comes back to the present;
/// a year between dashes heads its part of a chronology; "المقبل" is the next such month or day.
/// </summary>
public class PastYearsStoryTests
{
    private static readonly DateOnly Published = new(2018, 4, 9);

    [Fact]
    public void A_day_after_a_day_of_a_past_year_is_of_that_year()
    {
        var doc = Analyze.Text("بدأ القصف في 20 آذار/مارس 2003.\nوفي 21 آذار/مارس، أسفرت الغارات عن انفجارات ضخمة.", Published);
        Assert.Equal(new DateOnly(2003, 3, 21), doc.Dates[1].Date.Date);
        Assert.True(doc.Dates[1].InAPastYearsStory);
    }

    [Fact]
    public void Yesterday_brings_the_text_back_to_the_present()
    {
        var doc = Analyze.Text("بدأ القصف في 20 آذار/مارس 2003.\nوقتل أمس ثلاثة مدنيين.\nوفي 21 آذار/مارس، أسفرت الغارات عن انفجارات.", Published);
        Assert.Equal(new DateOnly(2018, 3, 21), doc.Dates[2].Date.Date);
    }

    [Fact]
    public void A_year_between_dashes_heads_its_part_of_a_chronology()
    {
        var doc = Analyze.Text("- 2017 -\n27 نيسان/أبريل: صواريخ على موقع عسكري.\n- 2018 -\n29 نيسان/أبريل: ضربات على مواقع عسكرية.", new DateOnly(2018, 5, 10));
        Assert.Equal(new DateOnly(2017, 4, 27), doc.Dates[0].Date.Date);
        Assert.Equal(new DateOnly(2018, 4, 29), doc.Dates[1].Date.Date);
    }

    [Theory]
    [InlineData("ومن المقرر أن ينعقد الاجتماع في إبريل/ نيسان المقبل", "2018-02-20", "2018-04-15")]
    [InlineData("وتجري الانتخابات في 20 يناير المقبل", "2018-12-20", "2019-01-20")]
    public void The_coming_month_or_day_is_the_next_one(string text, string published, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Assert.Single(Analyze.Text(text, DateOnly.Parse(published)).Dates).Date.Date);

    [Fact]
    public void An_undated_act_that_goes_on_with_a_past_years_story_is_no_event()
    {
        var doc = TestPipeline.Extract(
            "بدأ القصف الأمريكي في 20 آذار/مارس 2003.\nوفي 21 آذار/مارس، أسفرت الغارات عن انفجارات ضخمة.\nوشنت الطائرات الأمريكية غارات عنيفة على مدينة حلب.",
            "2018-04-09");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
    }

    [Fact]
    public void The_next_day_of_a_past_years_story_is_no_event()
    {
        var doc = TestPipeline.Extract(
            "بدأ القصف الأمريكي في 20 آذار/مارس 2003.\nوفي 21 آذار/مارس، أسفرت الغارات عن انفجارات ضخمة.\nوفي اليوم التالي، شنت الطائرات الأمريكية غارات عنيفة على مدينة حلب.",
            "2018-04-09");
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
    }

    [Fact]
    public void An_undated_act_after_a_month_named_as_the_last_is_news() =>
        Assert.Contains(TestPipeline.Extract(
            "وسيطرت قوات النظام على المدينة في نوفمبر الماضي.\nوشنت الطائرات الأمريكية غارات عنيفة على مدينة حلب.", "2018-06-08").Events,
            e => e.Location?.Place?.Name == "Aleppo");
    [Theory]
    // (years back that open a sentence open a past year's story, as a day with its year does)
    [InlineData("ففي مثل هذا اليوم قبل 3 أعوام، أعلن عن بدء العملية.\nوفي الرابع عشر من يوليو بالعام ذاته، أطلقت القوات عملية لتحرير عدن.", "2018-03-25", "2015-07-14", true)]
    // (not years back told in passing)
    [InlineData("وقتل أكثر من 350 ألف شخص منذ بدء النزاع في سوريا قبل ثماني سنوات.\nوفي 10 مايو، شنت الطائرات غارات.", "2018-05-20", "2018-05-10", false)]
    public void Years_back_open_a_story_only_when_they_open_their_sentence(string text, string published, string day, bool story)
    {
        var doc = Analyze.Text(text, DateOnly.Parse(published));
        var date = doc.Dates.Single(d => d.Date.Precision == DatePrecision.Day && d.Kind == DateExpressionKind.Absolute);
        Assert.Equal(DateOnly.Parse(day), date.Date.Date);
        Assert.Equal(story, date.InAPastYearsStory);
    }

    [Fact]
    public void An_undated_act_after_a_day_of_years_back_is_no_event()
    {
        var doc = TestPipeline.Extract(
            "ففي مثل هذا اليوم قبل 3 أعوام، أعلن عن بدء عملية عاصفة الحزم.\nوفي الرابع عشر من يوليو بالعام ذاته، أطلق التحالف عملية عسكرية لتحرير مدينة عدن.\nوتمكنت قوات الشرعية من السيطرة على مطار عدن بعد معارك عنيفة مع ميليشيات الحوثي.",
            "2018-03-25");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Government regains territory");
    }
}
