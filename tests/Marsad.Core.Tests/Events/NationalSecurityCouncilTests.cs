namespace Marsad.Core.Tests.Events;

/// <summary>A state's national security council ("مجلس الأمن القومي") is that government speaking, not the UN Security Council.</summary>
public class NationalSecurityCouncilTests
{
    private static string? SourceOf(string text)
    {
        var doc = TestPipeline.Extract(text, "2015-08-04");
        return doc.Claims.TryGetValue(0, out var claim) ? claim.DisplayName : null;
    }

    [Theory]
    [InlineData("وقال المتحدث باسم مجلس الأمن القومي الأمريكي إن الطائرات الأمريكية قصفت مواقع لتنظيم داعش.", "US National Security Council")]
    [InlineData("وقال مجلس الأمن القومي العراقي إن القوات الأمنية اعتقلت خمسة مطلوبين.", "National Security Council")]
    public void A_national_security_council_is_no_UN_body(string text, string source) => Assert.Equal(source, SourceOf(text));

    [Fact]
    public void The_Security_Council_alone_is_the_UN_one() =>
        Assert.Equal("UN Security Council", SourceOf("وقال مجلس الأمن إن الغارات قتلت عشرة مدنيين في اليمن."));
}
