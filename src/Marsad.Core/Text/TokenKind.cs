namespace Marsad.Core.Text;

/// <summary>What a token is. One byte: a token keeps its form's id in the bytes this leaves free (see <see cref="Token"/>).</summary>
public enum TokenKind : byte
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
