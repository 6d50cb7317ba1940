namespace Marsad.Core.Text;

public enum TokenKind
{
    ArabicWord,
    LatinWord,
    Number,
    Punctuation,
    Url,
    Hashtag,
    Mention,
    Symbol,
}
