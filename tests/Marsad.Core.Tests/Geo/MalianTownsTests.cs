using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Towns of Mali's war that cities500 has without an Arabic name, or lacks (data/geo/places-extra.tsv): "تمبكتو",
/// "كيدال", "غاو", and Sévaré beside Mopti ("سيفاري").
/// </summary>
public class MalianTownsTests
{
    [GazetteerTheory]
    [InlineData("قتل عشرة جنود في هجوم على معسكر للجيش المالي في منطقة تمبكتو شمال البلاد.", "Timbuktu")]
    [InlineData("هاجم مسلحون نقطة للجيش المالي في مدينة كيدال.", "Kidal")]
    [InlineData("انفجرت عبوة ناسفة في مدينة غاو شمال مالي.", "Gao")]
    [InlineData("هاجم مسلحون فندقا في بلدة سيفاري وسط مالي.", "Sévaré")]
    public void Towns_are_found(string text, string town) => Assert.Contains(town, TestPipeline.PlaceNames(text, "2015-08-08"));
}
