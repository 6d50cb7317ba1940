using Marsad.Core.Actors;

namespace Marsad.Core;

public sealed partial class Document
{
    private FormKeys[]? _formKeys;

    /// <summary>
    /// The phrase-matching keys of every token (<see cref="Actors.FormKeys"/>), looked up once per document and shared by
    /// the actor and entity stages; entries that no longer fit their token (re-tokenised or re-segmented text) are looked up again.
    /// </summary>
    internal FormKeys[] TokenFormKeys()
    {
        var tokens = Tokens;
        var keys = _formKeys;
        if (keys is null || keys.Length != tokens.Count) keys = new FormKeys[tokens.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            var t = tokens[i];
            if (keys[i] is not { } k || !k.Fits(t)) keys[i] = FormKeys.Of(t);
        }
        _formKeys = keys;
        return keys;
    }
}
