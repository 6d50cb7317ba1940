using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Who asked for an act, named after "بطلب من" or "بناء على طلب", did not do it: "واعتقل مسلم في العاصمة التشيكية، براغ،
/// بطلب من الحكومة التركية" is no arrest by Turkey's police, and "اعتقلت الشرطة الألمانية رجلا بناء على طلب من السلطات
/// العراقية" is Germany's.
/// </summary>
public class RequesterTests
{
    [GazetteerFact]
    public void The_state_that_asked_for_an_arrest_made_none() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer(
                "واعتقل مسلم في العاصمة التشيكية، براغ، بطلب من الحكومة التركية، الأحد، وفقا لما ذكرته وكالة الأناضول.", "2018-02-27").Events,
            e => e.Actor1?.Name.Contains("Turkey") == true);

    [GazetteerFact]
    public void The_force_that_arrested_on_request_is_the_arrester()
    {
        var arrest = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "اعتقلت الشرطة الألمانية رجلا بناء على طلب من السلطات العراقية في برلين.", "2018-02-27").Events);
        Assert.StartsWith("Police Forces of Germany", arrest.Actor1?.Name);
    }
}
