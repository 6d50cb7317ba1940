using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>The dead of an article's one deadly act, counted in sentences that tell no act: condolences, prayers.</summary>
public class TheOneActsDeadTests
{
    [Theory]
    // the martyrs of the condolences: a plural with no figure, several
    [InlineData("أعرب الوزير عن إدانته للتفجير الإرهابي الذي استهدف مسجدا في مدينة درعا أمس.\nوعبر عن خالص عزائه لأسر الشهداء، سائلا الله أن يشفي المصابين.", 3)]
    // a figure told apart from the act
    [InlineData("أعرب الوزير عن إدانته للتفجير الإرهابي الذي استهدف مسجدا في مدينة درعا أمس.\nوأكدت مصادر طبية استشهاد 13 شخصا وإصابة آخرين.", 13)]
    // of a figure and a plural, the figure
    [InlineData("أعرب الوزير عن إدانته للتفجير الإرهابي الذي استهدف مسجدا في مدينة درعا أمس.\nوعبر عن خالص عزائه لأسر الشهداء.\nوأكدت مصادر طبية استشهاد 13 شخصا.", 13)]
    // but not the dead of another day, nor dead denied
    [InlineData("أعرب الوزير عن إدانته للتفجير الإرهابي الذي استهدف مسجدا في مدينة درعا أمس.\nوكان 13 شخصا قد استشهدوا في 1 يناير الماضي.", null)]
    [InlineData("أعرب الوزير عن إدانته للتفجير الإرهابي الذي استهدف مسجدا في مدينة درعا أمس.\nولم يسفر عن سقوط شهداء.", null)]
    // nor dead beside a word of another kind of act
    [InlineData("اندلعت اشتباكات بين الجيش السوري وتنظيم داعش قرب مدينة دير الزور أمس.\nوفي واقعة منفصلة، قال ناشط إن شخصين قتلا إثر سقوط صاروخ على مخيم للنازحين.", null)]
    public void The_one_deadly_acts_dead_are_counted_where_the_article_tells_them(string text, int? dead) =>
        Assert.Equal(dead, Assert.Single(TestPipeline.Extract(text, "2018-03-10").Events).Fatalities);

    // "الشهداء" is also a town's name in GeoNames, so the real gazetteer keeps the word whole (its lemma keeps the article):
    // the plural of the dead is read with the article all the same.
    [GazetteerTheory]
    [InlineData("قصفت الطائرات الروسية مدينة حلب اليوم، وسقط الشهداء تحت أنقاض المباني.")]
    [InlineData("أعرب الوزير عن إدانته للتفجير الإرهابي الذي استهدف مسجدا في مدينة درعا أمس.\nوعبر عن خالص عزائه لأسر الشهداء.")]
    public void The_martyrs_with_the_article_are_several(string text) =>
        Assert.Equal(3, Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-03-10").Events).Fatalities);

    [Fact]
    public void A_bombing_told_again_with_the_blood_of_its_martyrs_is_the_same_bombing()
    {
        var doc = TestPipeline.Extract("فجر انتحاري نفسه في مسجد بمدينة درعا يوم الخميس الماضي.\n"
                                       + "وتفقد الوزير أمس المسجد، واطلع على آثار التفجير الآثم داخل المسجد الذي مزجت دماء الشهداء بصفحات كتبه.", "2018-03-10");
        Assert.Single(doc.Events);
    }

    [Fact]
    public void Of_two_deadly_acts_neither_takes_dead_told_apart()
    {
        var doc = TestPipeline.Extract("أعرب الوزير عن إدانته للتفجير الإرهابي الذي استهدف مسجدا في مدينة درعا أمس.\n"
                                       + "واندلعت اشتباكات بين الجيش السوري وتنظيم داعش قرب مدينة دير الزور أمس.\nوعبر عن خالص عزائه لأسر الشهداء.", "2018-03-10");
        Assert.Equal(2, doc.Events.Count);
        Assert.All(doc.Events, e => Assert.Null(e.Fatalities));
    }
}
