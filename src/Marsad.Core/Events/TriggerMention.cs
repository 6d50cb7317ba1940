namespace Marsad.Core.Events;

/// <summary>A trigger found in the text: its tokens and every lexicon row its form belongs to (conditions decide which applies).</summary>
public sealed record TriggerMention(TextSpan Span, int FirstToken, int LastToken, int Sentence, IReadOnlyList<TriggerEntry> Entries)
{
    public bool IsWeak => Entries.All(e => e.Weak);
}
