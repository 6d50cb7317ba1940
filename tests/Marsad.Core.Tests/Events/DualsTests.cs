using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The dual is its own word in Arabic: "تفجير سيارتين مفخختين" is a car bombing as "سيارة مفخخة" is, and "قتل متظاهران"
/// two protesters killed as "قتل متظاهرين" is several.
/// </summary>
public class DualsTests
{
    [GazetteerFact]
    public void Two_car_bombs_are_a_bombing() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قتل 33 شخصا على الأقل في تفجير سيارتين مفخختين أمام مسجد في مدينة بنغازي مساء الثلاثاء.", "2018-01-24").Events,
            e => e is { SubEventType: "Remote explosive/landmine/IED", Fatalities: 33 });

    [GazetteerFact]
    public void Two_protesters_killed_are_excessive_force_and_two_dead() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قتل متظاهران برصاص قوات الأمن خلال الاحتجاجات في مدينة البصرة ليل السبت.", "2018-07-16").Events,
            e => e is { SubEventType: "Excessive force against protesters", Fatalities: 2 });
}
