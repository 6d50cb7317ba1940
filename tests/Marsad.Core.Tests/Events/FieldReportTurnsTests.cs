namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ميدانيا، سيطرت المقاومة على …" after a minister's words: "on the ground" turns from the politics to the field — a
/// report of its own, which carries no claim from the sentence before (as "في سياق متصل" does not).
/// </summary>
public class FieldReportTurnsTests
{
    [Theory]
    [InlineData("ميدانيا، سيطرت المقاومة الشعبية على مدينة حلب أمس.")]
    [InlineData("وعلى الصعيد الميداني، سيطرت المقاومة الشعبية على مدينة حلب أمس.")]
    public void The_field_report_after_a_statement_is_no_part_of_it(string field)
    {
        var doc = TestPipeline.Extract("وقال وزير الإعلام إن المحادثات مع الأمم المتحدة مستمرة. " + field, "2015-08-02");
        var e = Assert.Single(doc.Events);
        Assert.Null(e.Claim);
    }
}
