using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Tests.Actors;

/// <summary>Longest match when many phrases share a first word (they are looked up by their second word).</summary>
public class PhraseMatcherTests
{
    private static readonly TextPipeline Text = new(TextPipeline.LoadDefaultLexicon());

    private static List<Token> Tokens(string text)
    {
        var document = new Document(text, "t");
        Text.Process(document);
        return document.Tokens;
    }

    private static PhraseMatcher<string> Forces()
    {
        var m = new PhraseMatcher<string>();
        m.Add("قوات", "forces");
        m.Add("قوات النخبة", "elite");
        m.Add("قوات الأمن", "security");
        m.Add("قوات الأمن العام", "public security");
        m.Add("قوات الأمن الداخلي", "internal security");
        m.Add("قوات الأمن", "security (later)");
        return m;
    }

    [Fact]
    public void The_longest_phrase_wins()
    {
        var m = Forces();
        var match = m.LongestAt(Tokens("وصلت قوات الأمن العام إلى المدينة"), 1);
        Assert.Equal(3, match?.Count);
        Assert.Equal(["public security"], match?.Values);
    }

    [Fact]
    public void A_shorter_phrase_wins_when_the_longer_ones_do_not_continue()
    {
        var m = Forces();
        Assert.Equal(["security", "security (later)"], m.LongestAt(Tokens("قوات الأمن في المدينة"), 0)?.Values);
        Assert.Equal(["forces"], m.LongestAt(Tokens("قوات أخرى"), 0)?.Values);
        Assert.Equal(["forces"], m.LongestAt(Tokens("قوات"), 0)?.Values);
    }

    [Fact]
    public void The_limit_cuts_longer_phrases()
    {
        var m = Forces();
        Assert.Equal(1, m.LongestAt(Tokens("قوات الأمن العام"), 0, limit: 1)?.Count);
        Assert.Equal(2, m.LongestAt(Tokens("قوات الأمن العام"), 0, limit: 2)?.Count);
    }

    [Fact]
    public void The_next_word_is_read_with_its_clitics_off()
    {
        var m = Forces();
        // proclitics on the first word; ل read as ال on the second (للأمن = ل + الأمن)
        Assert.Equal(["security", "security (later)"], m.LongestAt(Tokens("ولقوات الأمن"), 0)?.Values);
        Assert.Equal(["security", "security (later)"], m.LongestAt(Tokens("قوات للأمن"), 0)?.Values);
        Assert.Null(m.LongestAt(Tokens("أمن"), 0));
    }

    // (one spelling of the same keys added freely frees them: "البراميل المتفجرة" beside "براميل متفجرة")
    [Fact]
    public void Articles_as_written_bind_only_while_every_spelling_of_the_keys_asks_for_them()
    {
        var strict = new PhraseMatcher<string>();
        strict.Add("ولاية الجنوب", "province", articlesAsWritten: true);
        Assert.Null(strict.LongestAt(Tokens("ولاية جنوب كردفان"), 0));
        Assert.NotNull(strict.LongestAt(Tokens("ولاية الجنوب"), 0));

        var freed = new PhraseMatcher<string>();
        freed.Add("ولاية الجنوب", "province", articlesAsWritten: true);
        freed.Add("ولاية الجنوب", "province");
        Assert.NotNull(freed.LongestAt(Tokens("ولاية جنوب كردفان"), 0));
    }
}
