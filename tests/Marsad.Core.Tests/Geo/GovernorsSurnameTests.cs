using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "بحسب حاكم المنطقة مدجياوا بكاري": after a governor of the region and a given name, the surname is the man's, though
/// "كاري" after ب is Cary's Arabic name — the blast stays in the country the sentence names.
/// </summary>
public class GovernorsSurnameTests
{
    [GazetteerFact]
    public void The_governors_surname_is_no_town() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "دانت الولايات المتحدة الهجمات. وقتل 11 شخصا في تفجير انتحاري في سوق في شمال الكاميرون، بحسب حاكم المنطقة مدجياوا بكاري.", "2015-07-24").Events,
            e => e.SubEventType == "Suicide bomb" && e.Location?.Place?.CountryCode == "CM");
}
