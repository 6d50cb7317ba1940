using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقع الانفجار قرب بلدة باجو … على مسافة حوالي 50 كيلومترا شمالي سول": the Gulf press spells Seoul "سول" (cities500 has
/// only "سيول" and "سئول"), so a mine blast between the Koreas is in South Korea — not in Somalia's Sool region.
/// </summary>
public class SeoulSpelledSulTests
{
    [GazetteerFact]
    public void A_mine_blast_north_of_Seoul_is_in_South_Korea()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أصيب جنديان كوريان جنوبيان بجروح في انفجار لغم أرضي قرب بلدة باجو على مسافة 50 كيلومترا شمالي سول.", "2015-08-04").Events);
        Assert.Equal("KR", e.Location?.Place?.CountryCode);
    }
}
