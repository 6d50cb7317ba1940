namespace Marsad.Core.Tests.Events;

/// <summary>What is expected, up to the end of its clause, has not happened.</summary>
public class ExpectedActsTests
{
    [Fact]
    public void An_expected_protest_is_no_event() =>
        Assert.Empty(TestPipeline.Extract("ومن المتوقع مشاركة نحو عشرة آلاف شخص في مظاهرة في مدينة حلب الجمعة.", "2018-09-28").Events);

    [Fact]
    public void A_protest_after_the_expectations_clause_is_one() =>
        Assert.NotEmpty(TestPipeline.Extract("وكان من المتوقع أن تهدأ الأوضاع، لكن المئات تظاهروا في مدينة حلب أمس.", "2018-09-28").Events);

    [Fact]
    public void An_act_a_future_verb_tells_of_is_to_come()
    {
        // ("إن القتال ضد عناصر التنظيم سيستمر", "إعلان تحرير المدينة سيكون خلال ساعات")
        Assert.Empty(TestPipeline.Extract("وقال القائد إن القتال ضد عناصر تنظيم داعش في مدينة حلب سيستمر شهرين.", "2018-07-25").Events);
        Assert.NotEmpty(TestPipeline.Extract("وقال القائد إن القتال ضد عناصر تنظيم داعش في مدينة حلب اندلع أمس.", "2018-07-25").Events);
    }
}
