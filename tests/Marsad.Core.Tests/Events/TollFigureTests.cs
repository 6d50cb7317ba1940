namespace Marsad.Core.Tests.Events;

/// <summary>Where a toll's figure stands against its word of killing.</summary>
public class TollFigureTests
{
    [Fact]
    public void A_day_set_off_by_commas_between_the_killing_and_its_figure_is_passed_over()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "وفي سياق المعارك، قتل، الأربعاء، 16 عنصرا من تنظيم داعش في مواجهات مع الجيش السوري في مدينة حلب.", "2018-08-09").Events);
        Assert.Equal(16, e.Fatalities);
    }

    [Theory]
    // the dead of two groups, each with its figure, joined by و, add up
    [InlineData("قتل خمسة جنود و12 مسلحا في اشتباكات عنيفة بين الجيش السوري ومسلحين في مدينة درعا اليوم.", 17)]
    [InlineData("وقتل جندي وثلاثة مدنيين في قصف مدفعي على مدينة إدلب اليوم.", 4)]
    [InlineData("وقال مدير المكتب إن ثلاثة موظفين وأربعة حراس أمن قد قتلوا في الهجوم الانتحاري على مقر المفوضية في طرابلس.", 7)]
    [InlineData("وقال المسؤول إن اثنين على الأقل من العاملين بالمؤسسة واثنين من المسلحين قتلوا في اشتباكات مع قوات الأمن في طرابلس.", 4)]
    // (after a partitive من, a unit's name of several words)
    [InlineData("وقتل 7 من عناصر قوات الأمن الخاصة بالمحافظة وأربعة مدنيين في هجوم انتحاري على مقر أمني في مدينة درعا اليوم.", 11)]
    // but a figure of the wounded by its own noun, the parts of a total, and a figure past a verb of its own do not
    [InlineData("وقتل شخص و12 جريحا في قصف مدفعي على مدينة حلب اليوم.", 1)]
    [InlineData("وارتفعت حصيلة ضحايا القصف الجوي السوري على درعا إلى 38 قتيلا وعشرات الجرحى من المدنيين.", 38)]
    [InlineData("وأسفر تفجير سيارة مفخخة في مدينة حلب اليوم عن 28 قتيلا هم خمسة مدنيين وعشرة مقاتلين وثمانية أشخاص.", 28)]
    // a second word of death joined by و right after the first's count: its dead add up, by figure or by persons named
    [InlineData("وأعلن الجيش السوري مقتل 12 مسلحا واستشهاد 3 جنود في اشتباكات بمدينة درعا اليوم.", 15)]
    [InlineData("وأعلن الجيش السوري مقتل \"12 مسلحا\" و\"استشهاد ضابط وضابط صف (رتبة أقل من ضابط) وجندي\" في مدينة درعا اليوم.", 15)]
    [InlineData("وأعلن الجيش السوري مقتل 12 مسلحا وإصابة 3 جنود في اشتباكات بمدينة درعا اليوم.", 12)]
    public void Figures_of_the_dead_joined_by_wa_add_up(string text, int dead)
    {
        var e = Assert.Single(TestPipeline.Extract(text, "2018-05-27").Events);
        Assert.Equal(dead, e.Fatalities);
    }
}
