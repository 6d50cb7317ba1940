using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قتل شرطي وأصيب 4 آخرون، السبت، في انفجار استهدف موكب مدير أمن مدينة الإسكندرية، الذي نجا من محاولة الاغتيال": the
/// police counted dead right after the verb of killing, before a blast the sentence says targeted something, are whom it
/// hit (a bomb, by an unidentified group); the attempt the official survived is that blast, not another attack.
/// </summary>
public class TargetedBlastDeadTests
{
    [GazetteerFact]
    public void The_forces_killed_before_a_targeted_blast_are_whom_it_hit()
    {
        var blast = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "قتل شرطي وأصيب 4 آخرون، السبت، في انفجار استهدف موكب مدير أمن مدينة الإسكندرية المصرية، الذي نجا من محاولة الاغتيال.", "2018-03-24").Events);
        Assert.Equal("Remote explosive/landmine/IED", blast.SubEventType);
        Assert.True(blast.Actor1?.IsUnidentified);
        Assert.Equal("Police Forces of Egypt", blast.Actor2?.PlainName);
        Assert.Equal(1, blast.Fatalities);
    }
}
