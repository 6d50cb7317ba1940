namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أعلنت القيادة العامة للجيش السوري مدينتي دوما وحماة خالية من الإرهاب": a force declaring places clear of fighters
/// holds them now — ground regained, or handed over when the fighters left under a deal.
/// </summary>
public class DeclaredClearTests
{
    [Fact]
    public void Places_a_command_declares_clear_are_its_forces_ground()
    {
        var doc = TestPipeline.Extract("وأعلنت القيادة العامة للجيش السوري مساء أمس مدينتي دوما وحماة خالية من الإرهاب.", "2018-04-01");
        Assert.Equal(2, doc.Events.Count);
        Assert.All(doc.Events, e =>
        {
            Assert.Equal("Government regains territory", e.SubEventType);
            Assert.Equal("Military Forces of Syria", e.Actor1?.PlainName);
        });
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Hama");
    }

    [Fact]
    public void Declared_clear_after_the_fighters_left_is_a_transfer()
    {
        var doc = TestPipeline.Extract("وأعلن الجيش السوري مساء أمس مدينة دوما خالية من الإرهاب بعد خروج الدفعة الأخيرة من المسلحين.", "2018-04-01");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Non-violent transfer of territory", e.SubEventType);
        Assert.Equal("Dūmā", e.Location?.Place?.Name);
    }

    [Fact]
    public void A_subject_set_off_by_commas_after_kana_still_declares()
    {
        // "وكانت القيادة …، أعلنت، مساء أمس": the commas round the verb do not part it from its subject
        var doc = TestPipeline.Extract("وكانت القيادة العامة للجيش السوري، أعلنت، مساء أمس، مدينة دوما خالية من الإرهاب بعد خروج الدفعة الأخيرة من المسلحين.", "2018-04-01");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Non-violent transfer of territory", e.SubEventType);
        Assert.Equal("Military Forces of Syria", e.Actor1?.PlainName);
        Assert.Equal(new DateOnly(2018, 3, 31), e.Date.Date);
    }

    [Fact]
    public void Kana_of_whether_gives_no_subject_across_a_comma()
    {
        // "ما إذا كان بوتين يتحمل المسؤولية، قال ترامب": the one who speaks is after the verb
        var doc = TestPipeline.Extract("وردا على سؤال حول ما إذا كان بوتين يتحمل المسؤولية، قال ترامب إن الجيش قصف دوما.", "2018-04-09");
        var claim = Assert.Single(doc.Claims.Values);
        Assert.DoesNotContain("بوتين", claim.Source);
    }
}
