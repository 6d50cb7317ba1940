namespace Marsad.Core.Tests.Events;

/// <summary>"مقتل ضابط ومجند": two people named in the singular, joined by و, are two dead; one alone is one.</summary>
public class TwoNamedInTheSingularTests
{
    [Theory]
    [InlineData("وقتل ضابط ومجند في انفجار عبوة ناسفة بمدرعة للشرطة في الرقة أمس.", 2)]
    [InlineData("وقتل جندي في انفجار عبوة ناسفة في الرقة أمس.", 1)]
    [InlineData("وقتل جندي وثلاثة مدنيين في انفجار عبوة ناسفة في الرقة أمس.", 4)]
    public void Each_named_one_counts(string text, int dead) =>
        Assert.Equal(dead, Assert.Single(TestPipeline.Extract(text, "2015-08-10").Events).Fatalities);

    [Fact]
    public void A_killing_word_that_ends_the_text_counts_no_one() =>
        Assert.NotNull(TestPipeline.Extract("ألقت الأجهزة الأمنية القبض على المشتبه به في مدينة الرقة.\nوتظاهر المئات للمطالبة بمحاسبته قتل", "2015-08-11"));
}
