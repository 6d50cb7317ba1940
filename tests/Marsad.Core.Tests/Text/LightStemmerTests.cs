using Marsad.Core.Text;

namespace Marsad.Core.Tests.Text;

public class LightStemmerTests
{
    [Theory]
    [InlineData("الكتاب", "كتاب")]
    [InlineData("والكتاب", "كتاب")]
    [InlineData("بالكتاب", "كتاب")]
    [InlineData("للكتاب", "كتاب")]
    [InlineData("وكتب", "كتب")]
    [InlineData("وقت", "وقت")]        // و needs three letters after it
    [InlineData("مسلحون", "مسلح")]
    [InlineData("المسلحين", "مسلح")]
    [InlineData("قواتها", "قو")]       // ها then ات: light10 removes suffixes in turn
    [InlineData("مدينه", "مدين")]
    [InlineData("ال", "ال")]
    [InlineData("", "")]
    public void Follows_light10(string word, string stem) => Assert.Equal(stem, LightStemmer.Stem(word));
}
