namespace Marsad.Core.Text;

/// <summary>
/// A yes/no test of a token that depends on its written form and the form's clitic analysis alone (its matching
/// form, lemma, keys), asked token after token: the answer is kept per form in a byte (<see cref="FormBytes"/>), so
/// a scan over a sentence or a document costs one read of a dense array per token instead of string hashes. An
/// answer given before the form was segmented is asked again once it is; forms without an id are never cached.
/// </summary>
internal sealed class FormTest(Func<Token, bool> test)
{
    private const byte Computed = 1, Yes = 2, Final = 4;
    private readonly FormBytes _answers = new();

    /// <summary>Is any of the token's keys (<see cref="TokenKeys"/>) in <paramref name="words"/>? (The set must not change afterwards.)</summary>
    public static FormTest KeysIn(HashSet<string> words) => new(t => new TokenKeys(t).AnyIn(words));

    public bool Of(Token token)
    {
        byte b = _answers.Get(token.FormId);
        if (b != 0 && ((b & Final) != 0 || token.Form.Analysis is null)) return (b & Yes) != 0;
        var form = token.Form;
        bool answer = test(token);
        if (form.Id >= 0) _answers.Set(form.Id, (byte)(Computed | (answer ? Yes : 0) | (form.Analysis is not null ? Final : 0)));
        return answer;
    }
}
