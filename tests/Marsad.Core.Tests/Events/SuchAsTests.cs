using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An act named with كـ, "such as" or "as a", is a kind of task or a role ("في عمليات حفظ النظام كتفريق المظاهرات",
/// "نفسه كمدافع عن القضية"), and so are the kinds listed after it: no act done.
/// </summary>
public class SuchAsTests
{
    [GazetteerFact]
    public void Dispersing_demonstrations_as_a_task_of_a_force_is_no_protest() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتعمل قوات الأمن الخاصة في الرياض في عمليات حفظ النظام كتفريق المظاهرات، وإنقاذ الرهائن ومقاومة الاعتصام.",
            "2015-08-07").Events);

    [GazetteerFact]
    public void A_leader_as_a_defender_of_a_cause_fires_no_artillery() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ويطرح الرئيس، القادم من حزب محافظ، نفسه كمدافع عن القضية الفلسطينية ويجاهر بدعمه لحركة حماس في غزة التي تعتبرها إسرائيل حركة إرهابية.",
            "2018-05-18").Events);
}
