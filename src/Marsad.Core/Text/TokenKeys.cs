namespace Marsad.Core.Text;

/// <summary>
/// The forms under which a token is looked up in lexicons: as written (matching form), without its clitics, and
/// without clitics but with its article (وبالغارات → "وبالغارات", "غارات", "الغارات"). A struct, so lookups on the
/// hot path allocate nothing.
/// </summary>
public readonly struct TokenKeys
{
    private readonly string _norm;
    private readonly string? _stem;
    private readonly string? _withArticle;

    public TokenKeys(Token token)
    {
        _norm = token.Norm;
        var analysis = token.Form.Analysis;
        if (analysis is { HasClitics: true })
        {
            _stem = analysis.StemNorm == _norm ? null : analysis.StemNorm;
            _withArticle = analysis.ArticleStemNorm;
        }
        else _stem = _withArticle = null;
    }

    public int Count => 1 + (_stem is null ? 0 : 1) + (_withArticle is null ? 0 : 1);

    public string this[int i] => i == 0 ? _norm : i == 1 ? _stem ?? _withArticle! : _withArticle!;

    public bool Contains(string key) => key == _norm || key == _stem || key == _withArticle;

    /// <summary>True when any of the token's keys is in <paramref name="words"/> (a lexicon of matching forms).</summary>
    public bool AnyIn(HashSet<string> words) =>
        words.Contains(_norm) || _stem is not null && words.Contains(_stem) || _withArticle is not null && words.Contains(_withArticle);
}
