using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "القراءة الانتحارية", "المواقف الانتحارية": "suicidal" after a definite noun that is no bomber, attack, blast or vehicle
/// is that thing's adjective — no bomber; "المرأة الانتحارية", "هجوم امس الاثنين الانتحاري" still are.
/// </summary>
public class SuicidalAdjectiveTests
{
    private const string Town = "قتل خمسة أشخاص في تفجير في مدينة الكويت أمس. ";

    [GazetteerTheory]
    [InlineData("ويقول الكاتب إن القراءة الانتحارية للنصوص تقود إلى التطرف.")]
    [InlineData("فهم يتبنون الاستماتة والمواقف الانتحارية.")]
    public void A_suicidal_reading_is_no_bomber(string text) =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(Town + text, "2015-08-09").Events, e => e.SubEventType == "Suicide bomb");

    [GazetteerTheory]
    [InlineData("فجرت المرأة الانتحارية نفسها في سوق مدينة مايدوغوري أمس فقتلت 13 شخصا.")]
    [InlineData("وأعلنت حركة طالبان المسؤولية عن هجوم امس الاثنين الانتحاري في منطقة مزدحمة خارج مطار كابول.")]
    public void A_suicide_bomber_or_attack_still_is(string text) =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-11").Events, e => e.SubEventType == "Suicide bomb");
}
