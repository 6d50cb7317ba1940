using Marsad.Core.Text;

namespace Marsad.Core.Tests.Text;

public class TokenizerTests
{
    private static List<Token> Tok(string s) => new Tokenizer().Tokenize(s).ToList();

    [Fact]
    public void Arabic_words_keep_their_original_offsets_and_marks()
    {
        string text = "قالَ   الجـيش";
        var tokens = Tok(text);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(new TextSpan(0, 4), tokens[0].Span);
        Assert.Equal("قالَ", tokens[0].Surface);
        Assert.Equal("قال", tokens[0].Norm);
        Assert.Equal("الجـيش", tokens[1].Span.Slice(text));
        Assert.Equal("الجيش", tokens[1].Norm);
    }

    [Theory]
    [InlineData("1,200", "1,200")]
    [InlineData("١٢٠٠", "1200")]
    [InlineData("3.5", "3.5")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("2018", "2018")]
    [InlineData("۱۲", "12")]
    public void Numbers_in_every_script_are_one_token(string number, string norm)
    {
        var tokens = Tok($"قتل {number} شخصا");
        Assert.Equal(3, tokens.Count);
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal(number, tokens[1].Surface);
        Assert.Equal(norm, tokens[1].Norm);
    }

    [Fact]
    public void A_full_stop_after_a_number_is_not_part_of_it()
    {
        var tokens = Tok("عام 2018.");
        Assert.Equal(new[] { "عام", "2018", "." }, tokens.Select(t => t.Surface));
    }

    [Fact]
    public void Urls_hashtags_and_mentions_are_single_tokens()
    {
        var tokens = Tok("انظر https://www.bbc.com/arabic/middleeast-43428212. و #سوريا_الآن مع @AlArabiya_Brk");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Url && t.Surface == "https://www.bbc.com/arabic/middleeast-43428212");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Hashtag && t.Surface == "#سوريا_الآن");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Mention && t.Surface == "@AlArabiya_Brk");
        Assert.Equal(".", tokens[2].Surface);
    }

    [Fact]
    public void Latin_words_and_punctuation_are_separate()
    {
        var tokens = Tok("قوات (SDF) الكردية، وF-16 و\"ISIS\"");
        Assert.Equal(new[] { "قوات", "(", "SDF", ")", "الكردية", "،", "وF-16" }.Take(6), tokens.Take(6).Select(t => t.Surface));
        Assert.Contains(tokens, t => t.Surface == "ISIS" && t.Kind == TokenKind.LatinWord);
        Assert.All(tokens, t => Assert.False(t.Span.IsEmpty));
    }

    [Fact]
    public void Zero_width_joiners_inside_a_word_do_not_split_it()
    {
        var tokens = Tok("سو\u200Cريا");
        Assert.Single(tokens);
        Assert.Equal("سوريا", tokens[0].Norm);
    }
}
