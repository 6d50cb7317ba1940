using Marsad.Core.Actors;

namespace Marsad.Core;

public sealed partial class Document
{
    private FormKeys[]? _formKeys;

    /// <summary>
    /// The phrase-matching keys of every token (<see cref="Actors.FormKeys"/>), looked up once per document and shared by
    /// the actor and entity stages; entries that no longer fit their token (re-tokenised or re-segmented text) are looked up again.
    /// </summary>
    internal FormKeys[] TokenFormKeys() => TokenFormKeys(out _);

    /// <summary>
    /// As <see cref="TokenFormKeys()"/>, with whether each token's keys start some phrase of some matcher
    /// (<see cref="FormKeys.StartIds"/> not empty): most do not, and a pass over the tokens skips them by reading a
    /// dense array instead of each token's keys.
    /// </summary>
    internal FormKeys[] TokenFormKeys(out bool[] startsPhrase)
    {
        var tokens = Tokens;
        var keys = _formKeys;
        if (keys is null || keys.Length != tokens.Count) keys = new FormKeys[tokens.Count];
        var starts = _startsPhrase;
        if (starts is null || starts.Length != tokens.Count) starts = new bool[tokens.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            var t = tokens[i];
            if (keys[i] is not { } k || !k.Fits(t)) keys[i] = k = FormKeys.Of(t);
            starts[i] = k.StartIds.Length > 0;
        }
        _formKeys = keys;
        _startsPhrase = starts;
        startsPhrase = starts;
        return keys;
    }

    private bool[]? _startsPhrase;
}
