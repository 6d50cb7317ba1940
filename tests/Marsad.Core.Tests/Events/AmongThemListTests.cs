namespace Marsad.Core.Tests.Events;

/// <summary>
/// "واستهدفت الغارات بلدات في محيط مدينة درعا، بينها الطيبة والنعيمة وصيدا": "among them" after a plural of settlements
/// opens a list of them — each a scene, a name the gazetteer lacks or has only abroad standing at the place the plural
/// is around. Not after another plural ("تردي الخدمات، من بينها الانقطاع المتكرر للكهرباء") nor for a common noun.
/// </summary>
public class AmongThemListTests
{
    [Fact]
    public void Each_village_of_a_list_among_them_is_struck_near_the_place()
    {
        var doc = TestPipeline.Extract("واستهدفت الغارات الروسية أمس بلدات في محيط مدينة حلب، بينها المزيرعة والكفيرة وطرابلس.", "2018-07-05");
        Assert.True(doc.Events.Count(e => e.Location?.Place?.Name == "Aleppo") >= 4);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name == "Tripoli");
    }

    [Theory]
    [InlineData("وتشهد مدن جنوبي العراق مظاهرات شبه يومية، بسبب تردي الخدمات الأساسية، من بينها الانقطاع المتكرر للكهرباء.")]
    [InlineData("وتتهمها روسيا بفبركة الهجمات في مختلف المناطق الخاضعة لسيطرة المعارضة، ومن بينها الهجوم الأخير على مدينة حلب.")]
    public void What_among_them_lists_after_another_plural_or_as_a_common_noun_is_no_place(string text)
    {
        var doc = TestPipeline.Extract(text, "2018-07-05");
        Assert.DoesNotContain(doc.Places, p => p.Surface.StartsWith("الانقطاع") || p.Surface.StartsWith("الهجوم"));
    }
}
