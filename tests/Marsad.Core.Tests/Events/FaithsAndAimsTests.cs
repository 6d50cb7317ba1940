using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل سبعة أقباط في هجوم شنه مسلحون على حافلة": Copts, Christians, pilgrims are civilians; "الهدف من تأسيس الجماعة
/// الاعتداء على مؤسسات الدولة": what something aims at is not done.
/// </summary>
public class FaithsAndAimsTests
{
    [GazetteerFact]
    public void Copts_killed_are_civilians_attacked() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("قتل سبعة أقباط في هجوم شنه مسلحون على حافلة في محافظة المنيا الجمعة.", "2018-11-03").Events,
            e => e is { SubEventType: "Attack", Actor2.Name: "Civilians (Egypt)", Fatalities: 7 });

    [GazetteerFact]
    public void An_aim_is_no_act() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وذكرت لائحة الاتهام أن الهدف من تأسيس الجماعة \"الاعتداء على مؤسسات الدولة\" في محافظة الجيزة.", "2018-03-10").Events);
}
