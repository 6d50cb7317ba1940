using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "انتزعت اليوم (الاثنين) السيطرة على بلدة …": the weekday the press puts in brackets after "اليوم" is an aside — the
/// verb and the control it imposes are one clause across it.
/// </summary>
public class WeekdayInBracketsTests
{
    [GazetteerFact]
    public void A_bracketed_weekday_does_not_part_a_verb_from_its_object()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قال المرصد السوري لحقوق الانسان إن وحدات حماية الشعب الكردية انتزعت اليوم (الاثنين) السيطرة على بلدة عين عيسى في شمال سوريا من يد مقاتلي تنظيم داعش.",
            "2015-07-27").Events);
        Assert.Equal("Non-state actor overtakes territory", e.SubEventType);
        Assert.Equal("People's Protection Units", e.Actor1?.Name);
    }
}
