using Marsad.Core.Text;

namespace Marsad.Core.Tests.Text;

public class CliticSegmenterTests
{
    // A small lexicon written for these tests, so they do not depend on the shipped word list.
    private static readonly CliticSegmenter Segmenter = new(Lexicon(
        "جيش قال رقة سوريا عناصر قوات سيطرة على إلى من في حلب بشار بلدة كتائب لبنان فلسطين وزير والي قصف مدينة يقوم أضاف مسلح مدني"));

    private static ArabicLexicon Lexicon(string words)
    {
        var lexicon = new ArabicLexicon();
        lexicon.AddRange(words.Split(' '));
        return lexicon;
    }

    [Theory]
    [InlineData("بالجيش", "ب+ال+جيش")]
    [InlineData("وبالجيش", "و+ب+ال+جيش")]
    [InlineData("للجيش", "ل+ال+جيش")]
    [InlineData("والرقة", "و+ال+رقة")]
    [InlineData("لسوريا", "ل+سوريا")]
    [InlineData("وقال", "و+قال")]
    [InlineData("عناصره", "عناصر+ه")]
    [InlineData("قواتها", "قوات+ها")]
    [InlineData("سيطرتها", "سيطرة+ها")]
    [InlineData("عليها", "على+ها")]
    [InlineData("وحلب", "و+حلب")]
    [InlineData("وسيقوم", "و+س+يقوم")]
    [InlineData("وأضاف", "و+أضاف")]
    [InlineData("وقصفت", "و+قصفت")]
    [InlineData("للمسلحين", "ل+ال+مسلحين")]
    [InlineData("البوكمال", "ال+بوكمال")]
    public void Splits_clitics_off_known_stems(string word, string expected) =>
        Assert.Equal(expected, Segmenter.Segment(word).ToString());

    [Theory]
    [InlineData("بشار")]
    [InlineData("والي")]
    [InlineData("بلدة")]
    [InlineData("كتائب")]
    [InlineData("لبنان")]
    [InlineData("فلسطين")]
    [InlineData("وزير")]
    [InlineData("مدينة")]
    [InlineData("سوريا")]
    [InlineData("ولد")]        // unknown stem after و: left whole rather than guessed
    public void Does_not_over_split(string word) => Assert.Equal(word, Segmenter.Segment(word).ToString());

    [Fact]
    public void Stem_span_points_into_the_original_text()
    {
        string text = "قالت وبالجَيش";
        var seg = Segmenter.Segment("وبالجَيش", 5);
        Assert.Equal("الجَيش"[2..], seg.StemSpan.Slice(text));
        Assert.Equal("جيش", seg.StemNorm);
    }

    [Fact]
    public void Nisba_endings_are_not_the_pronoun_my()
    {
        var lexicon = Lexicon("سور");
        var segmenter = new CliticSegmenter(lexicon);
        Assert.Equal("سوري", segmenter.Segment("سوري").ToString());
    }
}
