namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تعتزم النقابات المهنية في الأردن تنفيذ إضراب عام": an act intended, its subject standing between the intent and the
/// act's "تنفيذ", is to come; "الاحتجاجات … قد تتحول إلى موجة غضب" — what protests may become — is talk of them.
/// </summary>
public class IntendedOrLikelyTests
{
    [Theory]
    [InlineData("تعتزم النقابات المهنية في الأردن تنفيذ إضراب عام احتجاجا على مشروع قانون ضريبة الدخل الجديد.")]
    [InlineData("يرى محللون أن الاحتجاجات في جنوب العراق قد تتحول إلى موجة غضب أوسع.")]
    public void What_is_intended_or_likely_is_no_event(string text) =>
        Assert.Empty(TestPipeline.Extract(text, "2018-06-01").Events);

    [Fact]
    public void What_has_become_is_told() =>
        Assert.NotEmpty(TestPipeline.Extract("وكانت الاحتجاجات في مدينة البصرة قد تحولت إلى أعمال عنف أمس.", "2018-07-16").Events);
}
