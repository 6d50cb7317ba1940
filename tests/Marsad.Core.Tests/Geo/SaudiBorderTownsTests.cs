using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// The towns of Saudi Arabia's southern border the Houthis shelled in 2015, which cities500 lacks or has without Arabic
/// names (data/geo/places-extra.tsv): "ظهران الجنوب" is in Asir, not Dhahran on the Gulf; "منفذ الطوال" is the crossing
/// by Haradh — and "طوال 27 عاما" (throughout), "الساعات الطوال" (the long hours) name no place.
/// </summary>
public class SaudiBorderTownsTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-08-05");

    [GazetteerTheory]
    [InlineData("سقطت قذائف أطلقها الحوثيون على محافظة ظهران الجنوب.", "Dhahran al Janub")]
    [InlineData("أحبطت القوات السعودية هجوما للحوثيين على منفذ الطوال الحدودي.", "Al Tuwal")]
    [InlineData("سقطت مقذوفات على مدينة صامطة في منطقة جازان.", "Samtah")]
    public void Towns_are_found(string text, string town) => Assert.Contains(town, Places(text));

    [GazetteerFact]
    public void Dhahran_al_Janub_is_not_Dhahran() =>
        Assert.DoesNotContain("Dhahran", Places("سقطت قذائف أطلقها الحوثيون على محافظة ظهران الجنوب."));

    [GazetteerTheory]
    [InlineData("يستعد الممثل لاختتام سلسلة أفلامه طوال 27 عاما بقتال تنظيم داعش.")]
    [InlineData("بعد الساعات الطوال من المفاوضات أعلن الطرفان الاتفاق.")]
    public void Throughout_and_long_name_no_place(string text) => Assert.DoesNotContain("Al Tuwal", Places(text));
}
