namespace Marsad.Core.Text;

/// <summary>
/// A yes/no answer per written form, in a byte array indexed by <see cref="WordForm.Id"/>: for a stage's "can this
/// word start anything of mine?" test, so the tokens that start nothing (most of them) cost one read of a dense array
/// and no hashing of their text. Only for answers that depend on the form alone. Forms without an id are never
/// cached. Stored in a <see cref="FormBytes"/>.
/// </summary>
public sealed class FormFlags
{
    private const byte No = 1, Yes = 2;
    private readonly FormBytes _answers = new();

    /// <summary>The cached answer for <paramref name="form"/>, computed by <paramref name="compute"/> on first use.</summary>
    public bool Get<TState>(WordForm form, TState state, Func<TState, bool> compute) => Get(form.Id, state, compute);

    /// <summary>As <see cref="Get{TState}(WordForm, TState, Func{TState, bool})"/>, by the form's id (<see cref="Token.FormId"/>).</summary>
    public bool Get<TState>(int id, TState state, Func<TState, bool> compute)
    {
        byte known = _answers.Get(id);
        if (known != 0) return known == Yes;
        bool answer = compute(state);
        _answers.Set(id, answer ? Yes : No);
        return answer;
    }
}
