using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "زيارة موقع هجوم يشتبه أنه بغاز سام، وقع في دوما … يوم 7 أبريل": a suspected gas attack is a chemical attack, the
/// site a purpose names is of an attack that was, and the attack retold on a later day keeps its own day.
/// </summary>
public class ChemicalRetoldTests
{
    [GazetteerFact]
    public void A_suspected_gas_attack_whose_site_is_visited_happened_on_its_own_day()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وصل خبراء إلى سوريا من أجل زيارة موقع هجوم يشتبه أنه بغاز سام، وقع في دوما قرب العاصمة دمشق، يوم 7 أبريل.", "2018-04-17").Events);
        Assert.Equal("Chemical weapon", e.SubEventType);
        Assert.Equal(new DateOnly(2018, 4, 7), e.Date.Date);
    }

    // A foreign state named with a chemical attack answers it or speaks of it: it gassed no one in another land.
    [GazetteerTheory]
    [InlineData("وكانت الولايات المتحدة وفرنسا وبريطانيا قد شنت ضربات عسكرية ضد دمشق إثر اتهامها بقصف مدينة دوما بسلاح كيميائي مفترض في 7 نيسان/أبريل الجاري.")]
    [InlineData("قدمت روسيا شهودا على أن الهجوم الكيمياوي المزعوم في مدينة دوما السبت الماضي مسرحية.")]
    public void A_foreign_state_named_with_a_gas_attack_is_not_its_attacker(string text)
    {
        var gas = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-04-28").Events, e => e.SubEventType == "Chemical weapon");
        Assert.Equal("Unidentified Armed Group (Syria)", gas.Actor1?.Name);
    }

    [GazetteerFact]
    public void A_chemical_attack_retold_later_keeps_the_day_it_happened()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اتهمت فرنسا وبريطانيا، الثلاثاء، سوريا بمحاولة إخفاء الحقائق بشأن الهجوم الكيماوي المزعوم في دوما.\n\nوكان الهجوم الكيماوي قد وقع في دوما قرب العاصمة دمشق، يوم 7 أبريل.", "2018-04-17").Events);
        Assert.Equal(new DateOnly(2018, 4, 7), e.Date.Date);
    }
}
