namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقال الله تعالى", "يقول الله تعالى", "قال رسول الله": scripture quoted beside a report (Saudi statements and columns
/// quote it often) is no source of the report — the verb of saying finds no speaker in it.
/// </summary>
public class ScriptureIsNoClaimSourceTests
{
    [Theory]
    [InlineData("ألقت قوات الأمن القبض على ثلاثة مسلحين في مدينة الدمام أمس، وقال الله تعالى في كتابه الكريم إن جزاء المفسدين عظيم.")]
    [InlineData("وقال الله تعالى: «ولا تقتلوا النفس» وقد اعتقلت الشرطة أمس خمسة أشخاص في مدينة جدة.")]
    public void An_arrest_beside_a_verse_has_no_claim_source_from_it(string text)
    {
        var arrest = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-02").Events, e => e.SubEventType == "Arrests");
        Assert.Null(arrest.Claim);
    }
}
