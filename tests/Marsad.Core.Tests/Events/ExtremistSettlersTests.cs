using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مستوطنون متطرفون" (extremist settlers) and "عصابات المستوطنين" (settler gangs) name who, not what: settlers touring al-Aqsa under guard, raising flags or
/// blamed in a statement are no mob violence. What they do decides, as for bare "مستوطنون": stoning, attacking.
/// </summary>
public class ExtremistSettlersTests
{
    private static Document Extract(string text, string published) => TestPipeline.ExtractWithRealGazetteer(text, published);

    [GazetteerFact]
    public void Extremist_settlers_touring_al_aqsa_under_guard_are_no_mob_violence() =>
        Assert.DoesNotContain(Extract("اقتحم عشرات المستوطنين المتطرفين صباح اليوم باحات المسجد الأقصى من جهة باب المغاربة وسط حراسة مشددة من شرطة الاحتلال.", "2018-07-24").Events,
            e => e.SubEventType == "Mob violence");

    [GazetteerFact]
    public void Extremist_settlers_raising_flags_are_no_mob_violence() =>
        Assert.DoesNotContain(Extract("ورفع مستوطنون متطرفون صباح أمس الأعلام الإسرائيلية عند أحد أبواب المسجد الأقصى في القدس.", "2015-08-10").Events,
            e => e.SubEventType == "Mob violence");

    [GazetteerFact]
    public void Settler_gangs_touring_al_aqsa_are_no_mob_violence() =>
        Assert.DoesNotContain(Extract("اقتحمت عصابات المستوطنين اليهود، اليوم المسجد الأقصى المبارك، بمجموعات صغيرة ومتتالية من جهة باب المغاربة.", "2015-08-06").Events,
            e => e.SubEventType == "Mob violence");

    [GazetteerFact]
    public void Extremist_settlers_stoning_cars_are_mob_violence() =>
        Assert.Contains(Extract("ورشق مستوطنون متطرفون أمس سيارات فلسطينية بالحجارة قرب مدينة نابلس.", "2018-10-11").Events,
            e => e.SubEventType == "Mob violence");
}
